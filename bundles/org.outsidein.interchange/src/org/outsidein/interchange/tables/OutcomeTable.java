package org.outsidein.interchange.tables;

import static org.outsidein.interchange.tables.TableColumn.integer;
import static org.outsidein.interchange.tables.TableColumn.real;
import static org.outsidein.interchange.tables.TableColumn.text;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.outsidein.core.metrics.OutcomeRanking;
import org.outsidein.model.Outcome;
import org.outsidein.model.OutsideInModel;

/**
 * One row per outcome customers want, in model order, with its opportunity score (computed by the model) and its
 * rank by that score (null for an outcome not scored yet).
 */
final class OutcomeTable {

	private OutcomeTable() {
	}

	static Table of(OutsideInModel model) {
		Table table = new Table("outcomes", text("id"), text("name"), text("description"), real("importance"),
				real("satisfaction"), real("opportunity"), integer("opportunity_rank"));
		List<Outcome> ranked = OutcomeRanking.of(model);
		Map<Outcome, Integer> ranks = new IdentityHashMap<>();
		for (int i = 0; i < ranked.size(); i++) {
			ranks.put(ranked.get(i), i + 1);
		}
		for (Outcome outcome : model.getOutcomes()) {
			Integer rank = outcome.getOpportunity() == null ? null : ranks.get(outcome);
			table.add(outcome.getId(), outcome.getName(), outcome.getDescription(), outcome.getImportance(),
					outcome.getSatisfaction(), outcome.getOpportunity(), rank);
		}
		return table;
	}
}
