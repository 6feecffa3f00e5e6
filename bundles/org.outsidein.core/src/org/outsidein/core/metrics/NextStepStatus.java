package org.outsidein.core.metrics;

import java.time.LocalDate;

import org.outsidein.model.Answer;
import org.outsidein.model.Assessment;
import org.outsidein.model.NextStep;

/**
 * Where a next step stands. Only the latest assessment's steps are live: a later assessment supersedes the
 * steps of the earlier ones (they were carried forward, dropped or replaced), so those are never overdue and
 * never listed twice.
 */
public enum NextStepStatus {
	DONE("done"), OPEN("open"), OVERDUE("overdue"), SUPERSEDED("superseded");

	private final String word;

	NextStepStatus(String word) {
		this.word = word;
	}

	public String word() {
		return word;
	}

	/** @param latest the model's latest assessment ({@link Assessments#latest}) */
	public static NextStepStatus of(NextStep step, Assessment latest, LocalDate asOf) {
		if (step.isDone()) {
			return DONE;
		}
		if (assessmentOf(step) != latest) {
			return SUPERSEDED;
		}
		return OverdueNextSteps.isOverdue(step, asOf) ? OVERDUE : OPEN;
	}

	/** The assessment a next step belongs to, or null for a step outside any. */
	public static Assessment assessmentOf(NextStep step) {
		return step.eContainer() instanceof Answer answer && answer.eContainer() instanceof Assessment assessment
				? assessment
				: null;
	}
}
