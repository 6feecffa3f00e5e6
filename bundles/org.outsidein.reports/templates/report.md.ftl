<#ftl output_format="Markdown" strip_whitespace=true>
<#-- The Markdown report: the same view as report.ftlh; every ${...} is escaped for Markdown. -->
# ${title}

${organisation} · customer-led innovation report as of ${asOf}<#if file?has_content> · model ${file}</#if>

## Executive summary

**Level ${maturity.level} of 5: ${maturity.levelLabel}** (score ${maturity.overall} of 100)

<#list summary as line>
- ${line}
</#list>

Overall = ${maturity.overallArithmetic}

## Maturity by step and by role

<#list [["Step", maturity.steps], ["Role", maturity.roles]] as group>
| ${group[0]} | Practice | Evidence | Combined | We Can | We Will | We Should | Not assessed |
|---|---:|---:|---:|---:|---:|---:|---:|
<#list group[1] as area>
| ${area.name} | ${area.practice} | ${area.evidence} | **${area.combined}** | ${area.weCan} | ${area.weWill} | ${area.weShould} | ${area.notAssessed} |
</#list>

</#list>
Engagement ${maturity.engagement} of 100.

## Rules of thumb

- Customers active in a role: ${ecosystem.customers} (rule: at least 10 %) — <#if ecosystem.customersMet>met<#else>**not met**</#if>
- Employees engaging customers: ${ecosystem.employees} (rule: at least 30 %) — <#if ecosystem.employeesMet>met<#else>**not met**</#if>
- Departments engaging customers: ${ecosystem.departments}

## Customer roles

| Role | Customers | Who | Depth (acq./eng./coll./partn.) | Outcomes cared about most |
|---|---:|---|---:|---|
<#list ecosystem.roles as role>
| ${role.name} | ${role.count} | ${role.who} | ${role.depth} | <#list role.outcomes as outcome>${outcome}<#sep>; </#sep></#list> |
</#list>

## Top opportunities

| # | Outcome | Importance | Satisfaction | Opportunity |
|---:|---|---:|---:|---:|
<#list ecosystem.outcomes as outcome>
| ${outcome.rank} | ${outcome.name} | ${outcome.importance} | ${outcome.satisfaction} | **${outcome.opportunity}** |
</#list>

## Inventions

| Status | Invention | Lead user | Outcome |
|---|---|---|---|
<#list ecosystem.inventions as invention>
| ${invention.status} | ${invention.name} | ${invention.by} | ${invention.outcome} |
</#list>

## Communities

| Community | Run by | Meets | Members | Employees | Ideas |
|---|---|---|---:|---:|---:|
<#list ecosystem.communities as community>
| ${community.name} | ${community.ownership} | ${community.channel} | ${community.members} | ${community.employees} | ${community.ideas} |
</#list>

## Toolkits

| Toolkit | Kind | Outcomes | Users |
|---|---|---|---:|
<#list ecosystem.toolkits as toolkit>
| ${toolkit.name} | ${toolkit.kind} | <#list toolkit.outcomes as outcome>${outcome}<#sep>; </#sep><#else>none</#list> | ${toolkit.users} |
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

Overall score ${assessment.trend.overallBefore} → ${assessment.trend.overallAfter}.

| Step or role | Practice then | Practice now | Change |
|---|---:|---:|---:|
<#list assessment.trend.areas as area>
| ${area.name} | ${area.before} | ${area.after} | ${area.delta} |
</#list>

We Will became We Can: <#list assessment.trend.delivered as change>${change.activity}<#sep>; </#sep><#else>none</#list>.

</#if>
</#if>
## Model checks

${findings.errors} errors, ${findings.warnings} warnings, ${findings.infos} notes.

<#list findings.groups as group>
<#list group.issues as issue>
- **${group.severity}**: ${issue.message} (${issue.rule})
</#list>
<#if group.omitted gt 0>
- … and ${group.omitted} more ${group.severity} findings
</#if>
</#list>
