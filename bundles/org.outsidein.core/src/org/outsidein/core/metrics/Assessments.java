package org.outsidein.core.metrics;

import org.outsidein.model.Assessment;
import org.outsidein.model.OutsideInModel;

/** Which of a model's assessments is the latest, and which came before it. */
public final class Assessments {

	private Assessments() {
	}

	/** The latest assessment by date (the later in the file when dates tie; undated ones lose), or null. */
	public static Assessment latest(OutsideInModel model) {
		Assessment latest = null;
		for (Assessment assessment : model.getAssessments()) {
			if (latest == null || assessment.getDate() != null
					&& (latest.getDate() == null || !assessment.getDate().isBefore(latest.getDate()))) {
				latest = assessment;
			}
		}
		return latest;
	}

	/** The assessment just before the given one by date, or null. */
	public static Assessment previous(OutsideInModel model, Assessment assessment) {
		Assessment previous = null;
		for (Assessment candidate : model.getAssessments()) {
			if (candidate != assessment && candidate.getDate() != null && assessment.getDate() != null
					&& candidate.getDate().isBefore(assessment.getDate())
					&& (previous == null || candidate.getDate().isAfter(previous.getDate()))) {
				previous = candidate;
			}
		}
		return previous;
	}
}
