package org.outsidein.reports.maturity;

import org.outsidein.core.metrics.Commitments;
import org.outsidein.model.Answer;
import org.outsidein.model.AssessmentCategory;
import org.outsidein.model.Scoring;

/** What one answer is worth under a methodology's scoring, and how answers rank against each other. */
public final class AnswerPoints {

	private AnswerPoints() {
	}

	/** A We Will without plan, budget and delivery date is only an intention: it counts as a We Should. */
	public static double of(Answer answer, Scoring scoring) {
		if (answer == null) {
			return 0;
		}
		return switch (answer.getCategory()) {
		case WE_CAN -> scoring.getWeCanPoints();
		case WE_WILL -> Commitments.isCommitted(answer) ? scoring.getWeWillPoints() : scoring.getWeShouldPoints();
		case WE_SHOULD -> scoring.getWeShouldPoints();
		case NOT_ASSESSED -> 0;
		};
	}

	/** Not assessed < We Should < We Will < We Can. */
	public static int rank(AssessmentCategory category) {
		return switch (category) {
		case NOT_ASSESSED -> 0;
		case WE_SHOULD -> 1;
		case WE_WILL -> 2;
		case WE_CAN -> 3;
		};
	}
}
