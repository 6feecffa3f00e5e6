package org.outsidein.model.util;

/**
 * The opportunity score of Outcome-Driven Innovation, in one place for an outcome and for each segment's rating
 * of it: importance + max(importance - satisfaction, 0), so an outcome that matters and is poorly served scores
 * high, and an over-served one is not rewarded for it.
 */
public final class OpportunityScore {

	private OpportunityScore() {
	}

	/** Empty unless both ratings are given. */
	public static Double of(Double importance, Double satisfaction) {
		if (importance == null || satisfaction == null) {
			return null;
		}
		return importance + Math.max(importance - satisfaction, 0.0);
	}
}
