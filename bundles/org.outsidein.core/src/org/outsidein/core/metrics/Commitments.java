package org.outsidein.core.metrics;

import java.util.ArrayList;
import java.util.List;

import org.outsidein.model.Answer;

/**
 * What makes a We Will a commitment rather than an intention: an implementation plan, a budget and a delivery
 * date. The scoring and the validation rule both ask here.
 */
public final class Commitments {

	private Commitments() {
	}

	/** Whether the answer has a plan, a budget and a delivery date (whatever its category). */
	public static boolean isCommitted(Answer answer) {
		return missing(answer).isEmpty();
	}

	/** What the answer lacks of the three, in the order analysts say them: "plan", "budget", "delivery date". */
	public static List<String> missing(Answer answer) {
		List<String> missing = new ArrayList<>(3);
		if (answer.getPlan() == null || answer.getPlan().isBlank()) {
			missing.add("plan");
		}
		if (answer.getBudget() == null) {
			missing.add("budget");
		}
		if (answer.getDeliveryDate() == null) {
			missing.add("delivery date");
		}
		return missing;
	}
}
