package org.outsidein.core.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.outsidein.model.Answer;
import org.outsidein.model.Assessment;
import org.outsidein.model.NextStep;
import org.outsidein.model.OutsideInModel;

/** Next steps whose deadline has passed without them being done. */
public final class OverdueNextSteps {

	private OverdueNextSteps() {
	}

	/** Not done, and its deadline is before the given day (a deadline on that day is not overdue yet). */
	public static boolean isOverdue(NextStep step, LocalDate asOf) {
		return !step.isDone() && step.getDeadline() != null && step.getDeadline().isBefore(asOf);
	}

	/** Overdue as of the given day (a deadline on that day is not overdue yet), oldest deadline first. */
	public static List<NextStep> of(OutsideInModel model, LocalDate asOf) {
		List<NextStep> overdue = new ArrayList<>();
		for (Assessment assessment : model.getAssessments()) {
			for (Answer answer : assessment.getAnswers()) {
				NextStep step = answer.getNextStep();
				if (step != null && isOverdue(step, asOf)) {
					overdue.add(step);
				}
			}
		}
		overdue.sort(Comparator.comparing(NextStep::getDeadline));
		return overdue;
	}
}
