package org.outsidein.core.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.outsidein.model.Outcome;
import org.outsidein.model.OutsideInModel;

/** Outcomes ranked by opportunity score, the most under-served first. */
public final class OutcomeRanking {

	/** Highest opportunity first; outcomes not yet scored last, in model order. */
	public static final Comparator<Outcome> BY_OPPORTUNITY = Comparator.comparing(Outcome::getOpportunity,
			Comparator.nullsLast(Comparator.reverseOrder()));

	private OutcomeRanking() {
	}

	public static List<Outcome> of(OutsideInModel model) {
		List<Outcome> ranked = new ArrayList<>(model.getOutcomes());
		ranked.sort(BY_OPPORTUNITY);
		return ranked;
	}
}
