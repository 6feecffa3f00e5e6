package org.outsidein.reports.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.outsidein.core.labels.ElementLabels;
import org.outsidein.core.metrics.Commitments;
import org.outsidein.core.metrics.NextStepStatus;
import org.outsidein.model.Activity;
import org.outsidein.model.ActivityContainer;
import org.outsidein.model.Answer;
import org.outsidein.model.Assessment;
import org.outsidein.model.AssessmentCategory;
import org.outsidein.model.NextStep;
import org.outsidein.model.util.Days;
import org.outsidein.reports.ReportInput;
import org.outsidein.reports.maturity.AreaScore;
import org.outsidein.reports.maturity.AssessmentComparison;

/**
 * The self-assessment grid, the action plan and the trend against the previous assessment. Only the latest
 * assessment's next steps are live; those of earlier assessments are superseded and counted as such.
 */
final class AssessmentView {

	private AssessmentView() {
	}

	static Map<String, Object> of(ReportInput input) {
		Assessment latest = input.maturity().assessment();
		View view = View.of().put("present", latest != null);
		if (latest == null) {
			return view.put("trend", View.of().put("present", false).map()).map();
		}
		Map<Activity, Answer> answers = new HashMap<>();
		latest.getAnswers().forEach(answer -> answers.put(answer.getActivity(), answer));
		List<Map<String, Object>> areas = new ArrayList<>();
		for (AreaScore area : input.maturity().steps()) {
			areas.add(grid(area.area(), answers, input));
		}
		for (AreaScore area : input.maturity().roles()) {
			areas.add(grid(area.area(), answers, input));
		}
		return view.put("name", ElementLabels.name(latest)).put("date", latest.getDate() == null ? "undated" : Days.text(latest.getDate()))
				.put("assessor", latest.getAssessor()).put("areas", areas)
				.put("plan", actionPlan(input)).put("overdue", input.statistics().overdueNextSteps().size())
				.put("trend", trend(input)).map();
	}

	private static Map<String, Object> grid(ActivityContainer area, Map<Activity, Answer> answers, ReportInput input) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Activity activity : area.getActivities()) {
			Answer answer = answers.get(activity);
			AssessmentCategory category = answer == null ? AssessmentCategory.NOT_ASSESSED : answer.getCategory();
			NextStep step = answer == null ? null : answer.getNextStep();
			NextStepStatus status = step == null ? null : status(step, input);
			rows.add(View.of().put("activity", ElementLabels.name(activity)).put("category", category.getLiteral())
					.put("css", category.getName().toLowerCase(Locale.ROOT).replace('_', '-'))
					.put("committed", answer != null && category == AssessmentCategory.WE_WILL && Commitments.isCommitted(answer))
					.put("nextStep", step == null ? "" : step.getAction())
					.put("owner", step == null || step.getResponsible() == null ? "" : ElementLabels.name(step.getResponsible()))
					.put("deadline", step == null ? "" : Days.text(step.getDeadline()))
					.put("overdue", status == NextStepStatus.OVERDUE).put("done", status == NextStepStatus.DONE).map());
		}
		return View.of().put("name", ElementLabels.name(area)).put("rows", rows).map();
	}

	/** The latest assessment's open next steps, by owner, then deadline. */
	private static List<Map<String, Object>> actionPlan(ReportInput input) {
		Map<String, List<NextStep>> byOwner = new TreeMap<>();
		for (Answer answer : input.maturity().assessment().getAnswers()) {
			NextStep step = answer.getNextStep();
			if (step != null && !step.isDone()) {
				String owner = step.getResponsible() == null ? "(nobody responsible)" : ElementLabels.name(step.getResponsible());
				byOwner.computeIfAbsent(owner, key -> new ArrayList<>()).add(step);
			}
		}
		List<Map<String, Object>> owners = new ArrayList<>();
		byOwner.forEach((owner, steps) -> {
			steps.sort(Comparator.comparing(step -> Days.of(step.getDeadline()), Comparator.nullsLast(Comparator.naturalOrder())));
			List<Map<String, Object>> rows = new ArrayList<>();
			for (NextStep step : steps) {
				Answer answer = (Answer) step.eContainer();
				rows.add(View.of().put("action", step.getAction())
						.put("activity", answer.getActivity() == null ? "" : ElementLabels.name(answer.getActivity()))
						.put("deadline", step.getDeadline() == null ? "no deadline" : Days.text(step.getDeadline()))
						.put("overdue", status(step, input) == NextStepStatus.OVERDUE).map());
			}
			owners.add(View.of().put("owner", owner).put("steps", rows).map());
		});
		return owners;
	}

	private static Map<String, Object> trend(ReportInput input) {
		AssessmentComparison comparison = input.comparison();
		if (comparison == null) {
			return View.of().put("present", false).map();
		}
		List<Map<String, Object>> areas = new ArrayList<>();
		addDeltas(areas, comparison.before().steps(), comparison.after().steps());
		addDeltas(areas, comparison.before().roles(), comparison.after().roles());
		Assessment before = comparison.before().assessment();
		return View.of().put("present", true).put("previous", ElementLabels.name(before))
				.put("previousDate", before.getDate() == null ? "undated" : Days.text(before.getDate()))
				.put("overallBefore", comparison.before().overall().rounded())
				.put("overallAfter", comparison.after().overall().rounded()).put("areas", areas)
				.put("movedUp", changes(comparison.movedUp())).put("movedDown", changes(comparison.movedDown()))
				.put("delivered", changes(comparison.delivered())).put("overdue", comparison.overdue().size())
				.put("superseded", superseded(before, input)).map();
	}

	/** The earlier assessment's next steps that were not done when the later one superseded them. */
	private static long superseded(Assessment before, ReportInput input) {
		return before.getAnswers().stream().map(Answer::getNextStep)
				.filter(step -> step != null && status(step, input) == NextStepStatus.SUPERSEDED).count();
	}

	private static void addDeltas(List<Map<String, Object>> rows, List<AreaScore> before, List<AreaScore> after) {
		for (int i = 0; i < after.size() && i < before.size(); i++) {
			int then = before.get(i).practice().rounded();
			int now = after.get(i).practice().rounded();
			rows.add(View.of().put("name", ElementLabels.name(after.get(i).area())).put("before", then).put("after", now)
					.put("delta", (now >= then ? "+" : "") + (now - then)).put("direction", Integer.signum(now - then)).map());
		}
	}

	private static List<Map<String, Object>> changes(List<AssessmentComparison.Change> changes) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (AssessmentComparison.Change change : changes) {
			rows.add(View.of().put("activity", ElementLabels.name(change.activity()))
					.put("area", ElementLabels.name(change.activity().eContainer()))
					.put("from", change.from().getLiteral()).put("to", change.to().getLiteral()).map());
		}
		return rows;
	}

	private static NextStepStatus status(NextStep step, ReportInput input) {
		return NextStepStatus.of(step, input.maturity().assessment(), input.asOf());
	}
}
