package org.outsidein.reports.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.outsidein.core.metrics.OverdueNextSteps;
import org.outsidein.core.metrics.RoleSummary;
import org.outsidein.model.Answer;
import org.outsidein.model.Assessment;
import org.outsidein.model.Customer;
import org.outsidein.model.Invention;
import org.outsidein.model.InventionStatus;
import org.outsidein.model.NextStep;
import org.outsidein.model.Outcome;
import org.outsidein.model.RelationshipDepth;
import org.outsidein.reports.ReportGenerator;
import org.outsidein.reports.ReportInput;
import org.outsidein.reports.maturity.AreaScore;
import org.outsidein.validation.Issue;

/** The report's tables as CSV files, one per table, complete (no "and N more"): for spreadsheets and scripts. */
public class CsvReportGenerator implements ReportGenerator {

	@Override
	public List<Path> generate(ReportInput input, Path folder, IProgressMonitor monitor) throws Exception {
		SubMonitor progress = SubMonitor.convert(monitor, "CSV tables", 6);
		List<Path> files = new ArrayList<>();
		files.add(write(folder, input, "maturity", List.of("kind", "area", "practice", "evidence", "combined", "we can",
				"we will", "we should", "not assessed"), maturity(input)));
		progress.worked(1);
		files.add(write(folder, input, "roles", List.of("role", "customers", "names", "acquainted", "engaged",
				"collaborating", "partnering", "outcomes cared about"), roles(input)));
		progress.worked(1);
		files.add(write(folder, input, "outcomes", List.of("rank", "outcome", "importance", "satisfaction", "opportunity"),
				outcomes(input)));
		files.add(write(folder, input, "inventions", List.of("status", "invention", "lead user", "observed on", "outcome"),
				inventions(input)));
		progress.worked(2);
		files.add(write(folder, input, "assessments", List.of("assessment", "date", "activity", "area", "answer", "plan",
				"budget", "delivery date", "next step", "responsible", "deadline", "done", "overdue"), answers(input)));
		progress.worked(1);
		files.add(write(folder, input, "findings", List.of("severity", "rule", "message", "element", "id"), findings(input)));
		progress.worked(1);
		return files;
	}

	private static Path write(Path folder, ReportInput input, String table, List<String> header, List<List<String>> rows)
			throws java.io.IOException {
		Path file = folder.resolve(input.baseName() + "-" + table + ".csv");
		Csv.write(file, header, rows);
		return file;
	}

	private static List<List<String>> maturity(ReportInput input) {
		List<List<String>> rows = new ArrayList<>();
		input.maturity().steps().forEach(area -> rows.add(areaRow("step", area)));
		input.maturity().roles().forEach(area -> rows.add(areaRow("role", area)));
		rows.add(List.of("engagement", "rules of thumb", "", "", number(input.maturity().engagement().value()), "", "", "", ""));
		rows.add(List.of("overall", input.maturity().level().label(), "", "", number(input.maturity().overall().value()), "",
				"", "", ""));
		return rows;
	}

	private static List<String> areaRow(String kind, AreaScore area) {
		var answers = area.answers();
		return List.of(kind, area.area().getName(), number(area.practice().value()),
				area.evidence() == null ? "" : number(area.evidence().value()), number(area.combined().value()),
				answers.get(org.outsidein.model.AssessmentCategory.WE_CAN).toString(),
				answers.get(org.outsidein.model.AssessmentCategory.WE_WILL).toString(),
				answers.get(org.outsidein.model.AssessmentCategory.WE_SHOULD).toString(),
				answers.get(org.outsidein.model.AssessmentCategory.NOT_ASSESSED).toString());
	}

	private static List<List<String>> roles(ReportInput input) {
		List<List<String>> rows = new ArrayList<>();
		for (RoleSummary role : input.statistics().roles()) {
			Map<RelationshipDepth, Integer> depths = role.depths();
			rows.add(List.of(role.role().getName(), String.valueOf(role.count()),
					String.join("; ", role.customers().stream().map(Customer::getName).toList()),
					depths.get(RelationshipDepth.ACQUAINTED).toString(), depths.get(RelationshipDepth.ENGAGED).toString(),
					depths.get(RelationshipDepth.COLLABORATING).toString(), depths.get(RelationshipDepth.PARTNERING).toString(),
					String.join("; ", role.outcomes().keySet().stream().map(Outcome::getName).toList())));
		}
		return rows;
	}

	private static List<List<String>> outcomes(ReportInput input) {
		List<List<String>> rows = new ArrayList<>();
		List<Outcome> ranked = input.statistics().outcomesByOpportunity();
		for (int i = 0; i < ranked.size(); i++) {
			Outcome outcome = ranked.get(i);
			rows.add(List.of(outcome.getOpportunity() == null ? "" : String.valueOf(i + 1), outcome.getName(),
					number(outcome.getImportance()), number(outcome.getSatisfaction()), number(outcome.getOpportunity())));
		}
		return rows;
	}

	private static List<List<String>> inventions(ReportInput input) {
		List<List<String>> rows = new ArrayList<>();
		for (Map.Entry<InventionStatus, List<Invention>> entry : input.statistics().inventions().entrySet()) {
			for (Invention invention : entry.getValue()) {
				rows.add(List.of(entry.getKey().getLiteral(), invention.getName(), ((Customer) invention.eContainer()).getName(),
						invention.getObservedOn() == null ? "" : invention.getObservedOn().toString(),
						invention.getOutcome() == null ? "" : invention.getOutcome().getName()));
			}
		}
		return rows;
	}

	private static List<List<String>> answers(ReportInput input) {
		List<List<String>> rows = new ArrayList<>();
		for (Assessment assessment : input.model().getAssessments()) {
			for (Answer answer : assessment.getAnswers()) {
				NextStep step = answer.getNextStep();
				boolean overdue = step != null && OverdueNextSteps.isOverdue(step, input.asOf());
				rows.add(List.of(text(assessment.getName()), String.valueOf(assessment.getDate()),
						answer.getActivity() == null ? "" : text(answer.getActivity().getName()),
						answer.getActivity() == null || answer.getActivity().eContainer() == null ? ""
								: text(((org.outsidein.model.Named) answer.getActivity().eContainer()).getName()),
						answer.getCategory().getLiteral(), text(answer.getPlan()),
						answer.getBudget() == null ? "" : answer.getBudget().toPlainString(),
						answer.getDeliveryDate() == null ? "" : answer.getDeliveryDate().toString(),
						step == null ? "" : text(step.getAction()),
						step == null || step.getResponsible() == null ? "" : text(step.getResponsible().getName()),
						step == null || step.getDeadline() == null ? "" : step.getDeadline().toString(),
						step == null ? "" : String.valueOf(step.isDone()), String.valueOf(overdue)));
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
