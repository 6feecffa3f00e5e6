package org.outsidein.core.metrics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.outsidein.model.Invention;
import org.outsidein.model.InventionStatus;
import org.outsidein.model.NextStep;
import org.outsidein.model.Outcome;
import org.outsidein.model.OutsideInModel;

/**
 * Every metric of a model at once, as of a given day: what {@code outsidein stats} prints and what the
 * maturity assessment starts from.
 *
 * @param overdueNextSteps the latest assessment's overdue next steps
 * @param employees        who engages customers, by role and by department
 */
public record ModelStatistics(LocalDate asOf, EngagementMetrics engagement, List<RoleSummary> roles,
		List<Outcome> outcomesByOpportunity, Map<InventionStatus, List<Invention>> inventions,
		List<NextStep> overdueNextSteps, EmployeeEngagement employees) {

	public static ModelStatistics of(OutsideInModel model, LocalDate asOf) {
		return new ModelStatistics(asOf, EngagementMetrics.of(model), RoleSummary.of(model), OutcomeRanking.of(model),
				InventionPipeline.of(model), OverdueNextSteps.of(model, asOf), EmployeeEngagement.of(model));
	}
}
