<#ftl output_format="Markdown" strip_whitespace=true>
<#-- The Markdown report: the same view as report.ftlh; every ${...} is escaped for Markdown. -->
# ${title}

${organisation} · customer-led innovation report as of ${asOf}<#if file?has_content> · model ${file}</#if>

## Executive summary

<#if maturity.graded>
**Level ${maturity.level} of ${maturity.levels}: ${maturity.levelLabel}** (score ${maturity.overall} of 100)
<#else>
**${maturity.levelLabel}**
</#if>

<#list summary as line>
- ${line}
</#list>

<#if maturity.assessed>
Overall = ${maturity.overallArithmetic}

</#if>
## Maturity by step and by role

<#if maturity.assessed>
<#list [["Step", maturity.steps], ["Role", maturity.roles]] as group>
| ${group[0]} | Practice | Evidence | Combined | We Can | We Will | We Should | Not assessed |
|---|---:|---:|---:|---:|---:|---:|---:|
<#list group[1] as area>
| ${area.name} | ${area.practice} | ${area.evidence} | **${area.combined}** | ${area.weCan} | ${area.weWill} | ${area.weShould} | ${area.notAssessed} |
</#list>

</#list>
<#else>
Not assessed yet: without a self-assessment there is no practice score and no grade. What the model already records:

| Step or role | Evidence | What it is made of |
|---|---:|---|
<#list maturity.steps + maturity.roles as area>
| ${area.name} | ${area.evidence} | ${area.evidenceArithmetic} |
</#list>

</#if>
Engagement ${maturity.engagement} of 100.

## Rules of thumb

- Customers active in a role: ${ecosystem.customerRule.share} (rule: at least ${ecosystem.customerRule.threshold}) — <#if ecosystem.customerRule.met>met<#else>**${ecosystem.customerRule.verdict}**</#if>
- Employees engaging customers: ${ecosystem.employeeRule.share} (rule: at least ${ecosystem.employeeRule.threshold}) — <#if ecosystem.employeeRule.met>met<#else>**${ecosystem.employeeRule.verdict}**</#if>
- Departments engaging customers: ${ecosystem.departments}

## Customer roles

| Role | Customers | Entries | Who | Depth (acq./eng./coll./partn.) | Outcomes cared about most |
|---|---:|---:|---|---:|---|
<#list ecosystem.roles as role>
| ${role.name} | ${role.people} | ${role.entries} | ${role.who} | ${role.depth} | <#list role.outcomes as outcome>${outcome}<#sep>; </#sep></#list> |
</#list>

Customers counts people: a group entry counts as its size.

## Who engages customers

<#list [["Role", ecosystem.employeesByRole], ["Department", ecosystem.employeesByDepartment]] as group>
| ${group[0]} | Interacting | Monitoring | Engaged |
|---|---:|---:|---:|
<#list group[1] as row>
| ${row.name} | ${row.interacting} | ${row.monitoring} | ${row.engaged} |
</#list>

</#list>
## Top opportunities

| # | Outcome | Importance | Satisfaction | Opportunity | Answers |
|---:|---|---:|---:|---:|---:|
<#list ecosystem.outcomes as outcome>
| ${outcome.rank} | ${outcome.name} | ${outcome.importance} | ${outcome.satisfaction} | **${outcome.opportunity}** | ${outcome.answers}<#if outcome.thin> (few)</#if> |
<#list outcome.segments as segment>
| | in ${segment.name} | ${segment.importance} | ${segment.satisfaction} | ${segment.opportunity} | ${segment.answers}<#if segment.thin> (few)</#if> |
</#list>
</#list>

"(few)": fewer than ${ecosystem.fewestAnswers} survey answers behind the score.

## Inventions

| Status | Invention | Lead user | Outcome |
|---|---|---|---|
<#list ecosystem.inventions as invention>
| ${invention.status} | ${invention.name} | ${invention.by} | ${invention.outcome} |
</#list>

## Communities

| Community | Run by | Meets | Members | Entries | Employees | Ideas |
|---|---|---|---:|---:|---:|---:|
<#list communities.rows as community>
| ${community.name} | ${community.ownership} | ${community.channel} | ${community.members} | ${community.memberEntries} | ${community.employees} | ${community.ideas} |
</#list>

<#if communities.ideas?has_content>
### Ideas from the communities

| Idea | Community | Proposed by | Status | Outcome |
|---|---|---|---|---|
<#list communities.ideas as idea>
| ${idea.name} | ${idea.community} | ${idea.by} | ${idea.status} | ${idea.outcome} |
</#list>

</#if>
## Toolkits

| Toolkit | Kind | Outcomes | Users |
|---|---|---|---:|
<#list ecosystem.toolkits as toolkit>
| ${toolkit.name} | ${toolkit.kind} | <#list toolkit.outcomes as outcome>${outcome}<#sep>; </#sep><#else>none</#list> | ${toolkit.users} |
</#list>

## Recognition programmes and contests

| Programme | Kind | Participants | Who |
|---|---|---:|---|
<#list programmes.recognition as programme>
| ${programme.name} | ${programme.kind} | ${programme.participants} | ${programme.who} |
</#list>

## Open-access initiatives

| Initiative | What is opened | Contributors | Who |
|---|---|---:|---|
<#list programmes.open as initiative>
| ${initiative.name} | ${initiative.opened} | ${initiative.contributors} | ${initiative.who} |
</#list>

## Scenarios

<#list scenarios.scenarios as scenario>
### ${scenario.name}

| Today | Pain point | Ideal |
|---|---|---|
<#list scenario.steps as step>
| ${step.today} | ${step.pain} | ${step.ideal} |
</#list>

</#list>
## Segments

| Segment | Size in the customer base | Customers in the model | Entries | Active in a role |
|---|---:|---:|---:|---:|
<#list scenarios.segments as segment>
| ${segment.name} | ${segment.size} | ${segment.people} | ${segment.entries} | ${segment.active} |
</#list>

<#if assessment.present>
## Self-assessment: ${assessment.name} (${assessment.date})

<#list assessment.areas as area>
### ${area.name}

| Activity | Answer | Next step | Owner | Deadline |
|---|---|---|---|---|
<#list area.rows as row>
| ${row.activity} | ${row.category} | ${row.nextStep} | ${row.owner} | ${row.deadline}<#if row.overdue> (overdue)</#if> |
</#list>

</#list>
## Action plan

<#list assessment.plan as owner>
### ${owner.owner}

<#list owner.steps as step>
- ${step.deadline}<#if step.overdue> **(overdue)**</#if>: ${step.action} (${step.activity})
</#list>

</#list>
<#if assessment.trend.present>
## Trend since ${assessment.trend.previous} (${assessment.trend.previousDate})

Overall score ${assessment.trend.overallBefore} → ${assessment.trend.overallAfter}; ${assessment.trend.superseded} next steps of ${assessment.trend.previous} were left open and are superseded.

| Step or role | Practice then | Practice now | Change |
|---|---:|---:|---:|
<#list assessment.trend.areas as area>
| ${area.name} | ${area.before} | ${area.after} | ${area.delta} |
</#list>

We Will became We Can: <#list assessment.trend.delivered as change>${change.activity}<#sep>; </#sep><#else>none</#list>.

</#if>
<#else>
## Self-assessment

Not assessed yet: the model holds no self-assessment.

</#if>
<#if consensus.present>
## Consensus and disagreement

The self-assessment combines the answers of ${consensus.respondents} from ${consensus.departments}: for each activity the answer most of them gave (Don't know is no vote; a tie goes to the more cautious answer). Overall, ${consensus.agreement} of the definite answers agree with the consensus.

<#if consensus.disputed?has_content>
| Activity | Step or role | Consensus | Disagree | Who said what |
|---|---|---|---:|---|
<#list consensus.disputed as row>
| ${row.activity} | ${row.area} | ${row.consensus} | ${row.disagreement} | <#list row.who as said>**${said.answer}**: ${said.people}<#sep>; </#sep></#list> |
</#list>

</#if>
Agreement with the consensus by step or role and department (share of definite answers):

| Step or role | Everyone |<#list consensus.columns as column> ${column} |</#list>
|---|---:|<#list consensus.columns as column>---:|</#list>
<#list consensus.heat as row>
| ${row.area} |<#list row.cells as cell> ${cell.text} |</#list>
</#list>

</#if>
<#if history.present>
## History

Every assessment, scored with today's evidence; the rules of thumb as they stood on each assessment's day.

| Assessment | Day | Level | Overall | Customers active | Employees engaging |
|---|---|---|---:|---:|---:|
<#list history.rows as row>
| ${row.name} | ${row.date} | ${row.level} | ${row.overall} | ${row.customers} | ${row.employees} |
</#list>

</#if>
## Model checks

${findings.counts}.

<#list findings.groups as group>
<#list group.issues as issue>
- **${group.severity}**: ${issue.message} (${issue.rule})
</#list>
<#if group.omitted gt 0>
- … and ${group.omitted} more ${group.severity} findings
</#if>
</#list>
