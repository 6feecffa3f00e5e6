package org.outsidein.core.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.outsidein.model.Answer;
import org.outsidein.model.Assessment;
import org.outsidein.model.NextStep;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.util.Days;

/** Next steps of the latest assessment whose deadline has passed without them being done. */
public final class OverdueNextSteps {

	private OverdueNextSteps() {
	}

	/** Not done, and its deadline is before the given day (a deadline on that day is not overdue yet). */
	public static boolean isOverdue(NextStep step, LocalDate asOf) {
		return !step.isDone() && step.getDeadline() != null && Days.of(step.getDeadline()).isBefore(asOf);
	}

	/**
	 * The latest assessment's overdue next steps as of the given day, oldest deadline first. Steps of earlier
	 * assessments are superseded, not overdue ({@link NextStepStatus}).
	 */
	public static List<NextStep> of(OutsideInModel model, LocalDate asOf) {
		List<NextStep> overdue = new ArrayList<>();
		Assessment latest = Assessments.latest(model);
		if (latest != null) {
			for (Answer answer : latest.getAnswers()) {
				NextStep step = answer.getNextStep();
				if (step != null && isOverdue(step, asOf)) {
					overdue.add(step);
				}
			}
		}
		overdue.sort(Comparator.comparing(step -> Days.of(step.getDeadline())));
		return overdue;
	}
}
