package org.outsidein.reports.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.outsidein.core.csv.Csv;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.core.metrics.Consensus;
import org.outsidein.core.metrics.EmployeeEngagement;
import org.outsidein.core.metrics.EngagementMetrics;
import org.outsidein.core.metrics.NextStepStatus;
import org.outsidein.core.metrics.RoleSummary;
import org.outsidein.model.ActivityContainer;
import org.outsidein.model.Answer;
import org.outsidein.model.Assessment;
import org.outsidein.model.AssessmentCategory;
import org.outsidein.model.Community;
import org.outsidein.model.Invention;
import org.outsidein.model.InventionStatus;
import org.outsidein.model.NextStep;
import org.outsidein.model.Outcome;
import org.outsidein.model.RelationshipDepth;
import org.outsidein.model.SegmentRating;
import org.outsidein.model.util.Days;
import org.outsidein.reports.ReportGenerator;
import org.outsidein.reports.ReportInput;
import org.outsidein.reports.maturity.AreaScore;
import org.outsidein.reports.maturity.ConsensusFindings;
import org.outsidein.reports.maturity.History;
import org.outsidein.validation.Issue;

/** The report's tables as CSV files, one per table, complete (no "and N more"): for spreadsheets and scripts. */
public class CsvReportGenerator implements ReportGenerator {

	private record Table(String name, List<String> header, List<List<String>> rows) {
	}

	@Override
	public List<Path> generate(ReportInput input, Path folder, IProgressMonitor monitor) throws Exception {
		List<Table> tables = List.of(
				new Table("maturity", List.of("kind", "area", "practice", "evidence", "combined", "we can", "we will",
						"we should", "not assessed"), maturity(input)),
				new Table("roles", List.of("role", "customers", "entries", "names", "acquainted", "engaged", "collaborating",
						"partnering", "outcomes cared about"), roles(input)),
				new Table("engagement", List.of("by", "name", "interacting", "monitoring", "engaged", "employees listed"),
						engagement(input.statistics().employees())),
				new Table("outcomes", List.of("rank", "outcome", "segment", "importance", "satisfaction", "opportunity", "answers"),
						outcomes(input)),
				new Table("inventions", List.of("status", "invention", "lead user", "observed on", "outcome"), inventions(input)),
				new Table("communities", List.of("community", "run by", "meets", "members", "entries", "employees", "ideas"),
						communities(input)),
				new Table("assessments", List.of("assessment", "date", "activity", "area", "answer", "plan", "budget",
						"delivery date", "next step", "responsible", "deadline", "status"), answers(input)),
				new Table("history", List.of("assessment", "date", "level", "overall", "customers active share",
						"employees engaging share"), history(input)),
				new Table("consensus", List.of("activity", "area", "consensus", "disagreement", "definite answers", "we can",
						"we will", "we should", "don't know"), consensus(input)),
				new Table("findings", List.of("severity", "rule", "message", "element", "id"), findings(input)));
		SubMonitor progress = SubMonitor.convert(monitor, "CSV tables", tables.size());
		List<Path> files = new ArrayList<>();
		for (Table table : tables) {
			Path file = folder.resolve(input.baseName() + "-" + table.name() + ".csv");
			Csv.write(file, table.header(), table.rows());
			files.add(file);
			progress.worked(1);
		}
		return files;
	}

	private static List<List<String>> maturity(ReportInput input) {
		List<List<String>> rows = new ArrayList<>();
		input.maturity().steps().forEach(area -> rows.add(areaRow("step", area)));
		input.maturity().roles().forEach(area -> rows.add(areaRow("role", area)));
		rows.add(List.of("engagement", "rules of thumb", "", "", number(input.maturity().engagement().value()), "", "", "", ""));
		rows.add(List.of("overall", input.maturity().level() == null ? "not assessed yet" : ElementLabels.name(input.maturity().level()),
				"", "", input.maturity().isAssessed() ? number(input.maturity().overall().value()) : "", "", "", "", ""));
		return rows;
	}

	/** Every dated assessment (not only from three on, as the page shows them: a script may want two). */
	private static List<List<String>> history(ReportInput input) {
		List<List<String>> rows = new ArrayList<>();
		for (History.Point point : History.of(input.model(), input.statistics().engagement(), input.statistics().roles())) {
			rows.add(List.of(ElementLabels.name(point.assessment()), point.date().toString(),
					point.maturity().level() == null ? "" : ElementLabels.name(point.maturity().level()),
					number(point.maturity().overall().value()), share(point.engagement().activeCustomers()),
					share(point.engagement().engagedEmployees())));
		}
		return rows;
	}

	/** The latest assessment's respondents, activity by activity: what they answered and how far they disagree. */
	private static List<List<String>> consensus(ReportInput input) {
		List<List<String>> rows = new ArrayList<>();
		if (input.maturity().assessment() == null) {
			return rows;
		}
		ConsensusFindings findings = ConsensusFindings.of(input.maturity());
		for (Consensus activity : findings.consensus()) {
			ActivityContainer area = findings.areaOf(activity.activity());
			Map<AssessmentCategory, Integer> counts = activity.counts();
			rows.add(List.of(ElementLabels.name(activity.activity()), area == null ? "" : ElementLabels.name(area),
					activity.consensus() == AssessmentCategory.NOT_ASSESSED ? "" : activity.consensus().getLiteral(),
					number(activity.disagreement()), String.valueOf(activity.definite()),
					counts.get(AssessmentCategory.WE_CAN).toString(), counts.get(AssessmentCategory.WE_WILL).toString(),
					counts.get(AssessmentCategory.WE_SHOULD).toString(), counts.get(AssessmentCategory.NOT_ASSESSED).toString()));
		}
		return rows;
	}

	private static String count(Integer count) {
		return count == null ? "" : count.toString();
	}

	private static String share(org.outsidein.core.metrics.Share share) {
		return share.isKnown() ? number(share.ratio()) : "";
	}

	private static List<String> areaRow(String kind, AreaScore area) {
		Map<AssessmentCategory, Integer> answers = area.answers();
		return List.of(kind, ElementLabels.name(area.area()), number(area.practice().value()),
				area.evidence() == null ? "" : number(area.evidence().value()), number(area.combined().value()),
				answers.get(AssessmentCategory.WE_CAN).toString(), answers.get(AssessmentCategory.WE_WILL).toString(),
				answers.get(AssessmentCategory.WE_SHOULD).toString(), answers.get(AssessmentCategory.NOT_ASSESSED).toString());
	}

	private static List<List<String>> roles(ReportInput input) {
		List<List<String>> rows = new ArrayList<>();
		for (RoleSummary role : input.statistics().roles()) {
			Map<RelationshipDepth, Integer> depths = role.depths();
			rows.add(List.of(ElementLabels.name(role.role()), String.valueOf(role.people()), String.valueOf(role.count()),
					String.join("; ", role.customers().stream().map(ElementLabels::name).toList()),
					depths.get(RelationshipDepth.ACQUAINTED).toString(), depths.get(RelationshipDepth.ENGAGED).toString(),
					depths.get(RelationshipDepth.COLLABORATING).toString(), depths.get(RelationshipDepth.PARTNERING).toString(),
					String.join("; ", role.outcomes().keySet().stream().map(ElementLabels::name).toList())));
		}
		return rows;
	}

	private static List<List<String>> engagement(EmployeeEngagement employees) {
		List<List<String>> rows = new ArrayList<>();
		employees.byRole().forEach(row -> rows.add(engagementRow("role", row)));
		employees.byDepartment().forEach(row -> rows.add(engagementRow("department", row)));
		return rows;
	}

	private static List<String> engagementRow(String by, EmployeeEngagement.Row row) {
		return List.of(by, row.name(), String.valueOf(row.interacting()), String.valueOf(row.monitoring()),
				String.valueOf(row.engaged()), by.equals("role") ? "" : String.valueOf(row.employees()));
	}

	private static List<List<String>> outcomes(ReportInput input) {
		List<List<String>> rows = new ArrayList<>();
		List<Outcome> ranked = input.statistics().outcomesByOpportunity();
		for (int i = 0; i < ranked.size(); i++) {
			Outcome outcome = ranked.get(i);
			String rank = outcome.getOpportunity() == null ? "" : String.valueOf(i + 1);
			rows.add(List.of(rank, ElementLabels.name(outcome), "", number(outcome.getImportance()),
					number(outcome.getSatisfaction()), number(outcome.getOpportunity()), count(outcome.getRespondents())));
			for (SegmentRating rating : outcome.getSegmentRatings()) {
				rows.add(List.of(rank, ElementLabels.name(outcome), rating.getSegment() == null ? "" : ElementLabels.name(rating.getSegment()),
						number(rating.getImportance()), number(rating.getSatisfaction()), number(rating.getOpportunity()),
						count(rating.getRespondents())));
			}
		}
		return rows;
	}

	private static List<List<String>> inventions(ReportInput input) {
		List<List<String>> rows = new ArrayList<>();
		for (Map.Entry<InventionStatus, List<Invention>> entry : input.statistics().inventions().entrySet()) {
			for (Invention invention : entry.getValue()) {
				rows.add(List.of(entry.getKey().getLiteral(), ElementLabels.name(invention),
						ElementLabels.name(invention.eContainer()),
						Days.text(invention.getObservedOn()),
						invention.getOutcome() == null ? "" : ElementLabels.name(invention.getOutcome())));
			}
		}
		return rows;
	}

	private static List<List<String>> communities(ReportInput input) {
		List<List<String>> rows = new ArrayList<>();
		for (Community community : input.model().getCommunities()) {
			rows.add(List.of(ElementLabels.name(community), community.getOwnership().getLiteral(),
					community.getChannel().getLiteral(), String.valueOf(EngagementMetrics.people(community.getMembers())),
					String.valueOf(community.getMembers().size()), String.valueOf(community.getEmployees().size()),
					String.valueOf(community.getIdeas().size())));
		}
		return rows;
	}

	/** Every answer of every assessment; a next step of an earlier assessment is marked superseded. */
	private static List<List<String>> answers(ReportInput input) {
		List<List<String>> rows = new ArrayList<>();
		Assessment latest = input.maturity().assessment();
		for (Assessment assessment : input.model().getAssessments()) {
			for (Answer answer : assessment.getAnswers()) {
				NextStep step = answer.getNextStep();
				rows.add(List.of(ElementLabels.name(assessment), Days.text(assessment.getDate()),
						answer.getActivity() == null ? "" : ElementLabels.name(answer.getActivity()),
						answer.getActivity() == null || answer.getActivity().eContainer() == null ? ""
								: ElementLabels.name(answer.getActivity().eContainer()),
						answer.getCategory().getLiteral(), text(answer.getPlan()),
						answer.getBudget() == null ? "" : answer.getBudget().toPlainString(),
						Days.text(answer.getDeliveryDate()),
						step == null ? "" : text(step.getAction()),
						step == null || step.getResponsible() == null ? "" : ElementLabels.name(step.getResponsible()),
						step == null ? "" : Days.text(step.getDeadline()),
						step == null ? "" : NextStepStatus.of(step, latest, input.asOf()).word()));
			}
		}
		return rows;
	}

	private static List<List<String>> findings(ReportInput input) {
		List<List<String>> rows = new ArrayList<>();
		for (Issue issue : input.validation().issues()) {
			rows.add(List.of(issue.severity().word(), issue.ruleId(), issue.message(), issue.elementPath(),
					issue.targetUri() == null ? "" : issue.targetUri()));
		}
		return rows;
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	private static String number(Double value) {
		return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
	}
}
