package org.outsidein.reports.maturity;

import org.outsidein.model.Answer;
import org.outsidein.model.AssessmentCategory;

/** What one answer is worth, and how answers rank against each other. */
public final class AnswerPoints {

	public static final double WE_CAN = 1.0;
	public static final double WE_WILL = 0.5;
	public static final double WE_SHOULD = 0.25;

	private AnswerPoints() {
	}

	/** A We Will without plan, budget and delivery date is only an intention: it counts as a We Should. */
	public static double of(Answer answer) {
		if (answer == null) {
			return 0;
		}
		return switch (answer.getCategory()) {
		case WE_CAN -> WE_CAN;
		case WE_WILL -> isCommitted(answer) ? WE_WILL : WE_SHOULD;
		case WE_SHOULD -> WE_SHOULD;
		case NOT_ASSESSED -> 0;
		};
	}

	public static boolean isCommitted(Answer answer) {
		return answer.getPlan() != null && !answer.getPlan().isBlank() && answer.getBudget() != null
				&& answer.getDeliveryDate() != null;
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
