package org.outsidein.reports.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.outsidein.core.metrics.OverdueNextSteps;
import org.outsidein.model.Activity;
import org.outsidein.model.ActivityContainer;
import org.outsidein.model.Answer;
import org.outsidein.model.Assessment;
import org.outsidein.model.AssessmentCategory;
import org.outsidein.model.NextStep;
import org.outsidein.reports.ReportInput;
import org.outsidein.reports.maturity.AnswerPoints;
import org.outsidein.reports.maturity.AreaScore;
import org.outsidein.reports.maturity.AssessmentComparison;

/** The self-assessment grid, the action plan and the trend against the previous assessment. */
final class AssessmentView {

	private AssessmentView() {
	}

	static Map<String, Object> of(ReportInput input) {
		Assessment latest = input.maturity().assessment();
		View view = View.of().put("present", latest != null);
		if (latest == null) {
			return view.map();
		}
		Map<Activity, Answer> answers = new java.util.HashMap<>();
		latest.getAnswers().forEach(answer -> answers.put(answer.getActivity(), answer));
		List<Map<String, Object>> areas = new ArrayList<>();
		for (AreaScore area : input.maturity().steps()) {
			areas.add(grid(area.area(), answers, input));
		}
		for (AreaScore area : input.maturity().roles()) {
			areas.add(grid(area.area(), answers, input));
		}
		return view.put("name", latest.getName()).put("date", String.valueOf(latest.getDate()))
				.put("assessor", latest.getAssessor() == null ? "" : latest.getAssessor()).put("areas", areas)
				.put("plan", actionPlan(input)).put("overdue", OverdueNextSteps.of(input.model(), input.asOf()).size())
				.put("trend", trend(input.comparison())).map();
	}

	private static Map<String, Object> grid(ActivityContainer area, Map<Activity, Answer> answers, ReportInput input) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Activity activity : area.getActivities()) {
			Answer answer = answers.get(activity);
			AssessmentCategory category = answer == null ? AssessmentCategory.NOT_ASSESSED : answer.getCategory();
			NextStep step = answer == null ? null : answer.getNextStep();
			rows.add(View.of().put("activity", activity.getName()).put("category", category.getLiteral())
					.put("css", category.getName().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
					.put("committed", answer != null && category == AssessmentCategory.WE_WILL && AnswerPoints.isCommitted(answer))
					.put("nextStep", step == null ? "" : nullToEmpty(step.getAction()))
					.put("owner", step == null || step.getResponsible() == null ? "" : step.getResponsible().getName())
					.put("deadline", step == null || step.getDeadline() == null ? "" : step.getDeadline().toString())
					.put("overdue", step != null && isOverdue(step, input)).put("done", step != null && step.isDone()).map());
		}
		return View.of().put("name", area.getName()).put("rows", rows).map();
	}

	/** Open next steps of the latest assessment and overdue ones of any, by owner, then deadline. */
	private static List<Map<String, Object>> actionPlan(ReportInput input) {
		List<NextStep> steps = new ArrayList<>();
		for (Answer answer : input.maturity().assessment().getAnswers()) {
			if (answer.getNextStep() != null && !answer.getNextStep().isDone()) {
				steps.add(answer.getNextStep());
			}
		}
		for (NextStep overdue : OverdueNextSteps.of(input.model(), input.asOf())) {
			if (!steps.contains(overdue)) {
				steps.add(overdue);
			}
		}
		Map<String, List<NextStep>> byOwner = new TreeMap<>();
		for (NextStep step : steps) {
			String owner = step.getResponsible() == null ? "(nobody responsible)" : step.getResponsible().getName();
			byOwner.computeIfAbsent(owner, key -> new ArrayList<>()).add(step);
		}
		List<Map<String, Object>> owners = new ArrayList<>();
		byOwner.forEach((owner, ownSteps) -> {
			ownSteps.sort(Comparator.comparing(NextStep::getDeadline, Comparator.nullsLast(Comparator.naturalOrder())));
			List<Map<String, Object>> rows = new ArrayList<>();
			for (NextStep step : ownSteps) {
				Answer answer = (Answer) step.eContainer();
				rows.add(View.of().put("action", nullToEmpty(step.getAction()))
						.put("activity", answer.getActivity() == null ? "" : answer.getActivity().getName())
						.put("assessment", ((Assessment) answer.eContainer()).getName())
						.put("deadline", step.getDeadline() == null ? "no deadline" : step.getDeadline().toString())
						.put("overdue", isOverdue(step, input)).map());
			}
			owners.add(View.of().put("owner", owner).put("steps", rows).map());
		});
		return owners;
	}

	private static Map<String, Object> trend(AssessmentComparison comparison) {
		if (comparison == null) {
			return View.of().put("present", false).map();
		}
		List<Map<String, Object>> areas = new ArrayList<>();
		addDeltas(areas, comparison.before().steps(), comparison.after().steps());
		addDeltas(areas, comparison.before().roles(), comparison.after().roles());
		Assessment before = comparison.before().assessment();
		return View.of().put("present", true).put("previous", before.getName())
				.put("previousDate", String.valueOf(before.getDate()))
				.put("overallBefore", comparison.before().overall().rounded())
				.put("overallAfter", comparison.after().overall().rounded()).put("areas", areas)
				.put("movedUp", changes(comparison.movedUp())).put("movedDown", changes(comparison.movedDown()))
				.put("delivered", changes(comparison.delivered())).put("overdue", comparison.overdue().size()).map();
	}

	private static void addDeltas(List<Map<String, Object>> rows, List<AreaScore> before, List<AreaScore> after) {
		for (int i = 0; i < after.size() && i < before.size(); i++) {
			int then = before.get(i).practice().rounded();
			int now = after.get(i).practice().rounded();
			rows.add(View.of().put("name", after.get(i).area().getName()).put("before", then).put("after", now)
					.put("delta", (now >= then ? "+" : "") + (now - then)).put("direction", Integer.signum(now - then)).map());
		}
	}

	private static List<Map<String, Object>> changes(List<AssessmentComparison.Change> changes) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (AssessmentComparison.Change change : changes) {
			rows.add(View.of().put("activity", change.activity().getName())
					.put("area", ((ActivityContainer) change.activity().eContainer()).getName())
					.put("from", change.from().getLiteral()).put("to", change.to().getLiteral()).map());
		}
		return rows;
	}

	private static boolean isOverdue(NextStep step, ReportInput input) {
		return OverdueNextSteps.isOverdue(step, input.asOf());
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
