package org.outsidein.reports.maturity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.core.metrics.OverdueNextSteps;
import org.outsidein.model.Activity;
import org.outsidein.model.ActivityContainer;
import org.outsidein.model.Answer;
import org.outsidein.model.AssessmentCategory;
import org.outsidein.model.NextStep;
import org.outsidein.model.OutsideInModel;

/**
 * What changed between two assessments of one model: activities that moved up or down, We Wills that
 * became We Cans, how each step and role scores now against then, and next steps left overdue.
 */
public record AssessmentComparison(Maturity before, Maturity after, List<Change> movedUp, List<Change> movedDown,
		List<Change> delivered, List<NextStep> overdue) {

	/** One activity's answer then and now. */
	public record Change(Activity activity, AssessmentCategory from, AssessmentCategory to) {
	}

	public static AssessmentComparison of(OutsideInModel model, Maturity before, Maturity after, LocalDate asOf) {
		Map<Activity, Answer> then = MaturityModel.answersOf(before.assessment());
		Map<Activity, Answer> now = MaturityModel.answersOf(after.assessment());
		List<Change> up = new ArrayList<>();
		List<Change> down = new ArrayList<>();
		List<Change> delivered = new ArrayList<>();
		for (Map.Entry<Activity, Answer> entry : now.entrySet()) {
			Answer earlier = then.get(entry.getKey());
			if (earlier == null) {
				continue;
			}
			Change change = new Change(entry.getKey(), earlier.getCategory(), entry.getValue().getCategory());
			int difference = AnswerPoints.rank(change.to()) - AnswerPoints.rank(change.from());
			if (difference > 0) {
				up.add(change);
			} else if (difference < 0) {
				down.add(change);
			}
			if (change.from() == AssessmentCategory.WE_WILL && change.to() == AssessmentCategory.WE_CAN) {
				delivered.add(change);
			}
		}
		List<NextStep> overdue = OverdueNextSteps.of(model, asOf).stream()
				.filter(step -> step.eContainer() != null && (step.eContainer().eContainer() == before.assessment()
						|| step.eContainer().eContainer() == after.assessment()))
				.toList();
		Map<Activity, Integer> order = methodologyOrder(model);
		return new AssessmentComparison(before, after, sorted(up, order), sorted(down, order), sorted(delivered, order),
				overdue);
	}

	/** Roles first, then steps, each activity in the order the methodology lists it. */
	private static Map<Activity, Integer> methodologyOrder(OutsideInModel model) {
		Map<Activity, Integer> order = new HashMap<>();
		List<ActivityContainer> areas = new ArrayList<>(MethodologyLibrary.rolesOf(model));
		areas.addAll(MethodologyLibrary.stepsOf(model));
		for (ActivityContainer area : areas) {
			area.getActivities().forEach(activity -> order.putIfAbsent(activity, order.size()));
		}
		return order;
	}

	private static List<Change> sorted(List<Change> changes, Map<Activity, Integer> order) {
		changes.sort(Comparator.comparing(change -> order.getOrDefault(change.activity(), Integer.MAX_VALUE)));
		return List.copyOf(changes);
	}
}
