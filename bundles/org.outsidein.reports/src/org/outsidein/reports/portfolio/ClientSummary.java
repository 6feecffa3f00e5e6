package org.outsidein.reports.portfolio;

import java.util.ArrayList;
import java.util.List;

import org.outsidein.core.labels.ElementLabels;
import org.outsidein.core.metrics.RoleSummary;
import org.outsidein.core.metrics.Share;
import org.outsidein.model.MaturityLevel;
import org.outsidein.model.Outcome;
import org.outsidein.reports.ReportInput;
import org.outsidein.reports.html.Formats;
import org.outsidein.reports.maturity.AreaScore;
import org.outsidein.reports.maturity.History;
import org.outsidein.reports.maturity.Maturity;

/**
 * One client of a portfolio, as the comparison shows it: the latest assessment's level and scores, the two rules
 * of thumb, how many of the methodology's roles customers play, the biggest opportunities, and the overall score
 * of every dated assessment.
 */
public record ClientSummary(String name, String assessment, String level, Integer overall, Integer steps, Integer roles,
		int engagement, Share customers, Share employees, int rolesPlayed, int rolesInMethodology, List<String> opportunities,
		List<String> stepNames, List<Double> stepScores, List<String> dates, List<Double> scores) {

	private static final int OPPORTUNITIES = 3;

	/** @param name the client's name as the portfolio shows it (its own, or an anonymous one) */
	public static ClientSummary of(ReportInput input, String name) {
		Maturity maturity = input.maturity();
		boolean assessed = maturity.isAssessed();
		MaturityLevel level = maturity.level();
		List<RoleSummary> roles = input.statistics().roles();
		List<String> opportunities = input.statistics().outcomesByOpportunity().stream()
				.filter(outcome -> outcome.getOpportunity() != null).limit(OPPORTUNITIES)
				.map(ClientSummary::opportunity).toList();
		List<String> dates = new ArrayList<>();
		List<Double> scores = new ArrayList<>();
		for (History.Point point : History.of(input.model(), input.statistics().engagement(), roles)) {
			dates.add(point.date().toString());
			scores.add(point.maturity().overall().value());
		}
		return new ClientSummary(name, assessed ? ElementLabels.name(maturity.assessment()) : "not assessed yet",
				level == null ? "–" : level.getNumber() + " " + ElementLabels.name(level),
				assessed ? maturity.overall().rounded() : null, assessed ? average(maturity.steps()) : null,
				assessed ? average(maturity.roles()) : null, maturity.engagement().rounded(),
				input.statistics().engagement().activeCustomers(), input.statistics().engagement().engagedEmployees(),
				(int) roles.stream().filter(role -> role.count() > 0).count(), roles.size(), opportunities,
				maturity.steps().stream().map(step -> ElementLabels.name(step.area())).toList(),
				maturity.steps().stream().map(step -> step.combined().value()).toList(), dates, scores);
	}

	private static String opportunity(Outcome outcome) {
		return ElementLabels.name(outcome) + " (" + Formats.decimal(outcome.getOpportunity()) + ")";
	}

	private static int average(List<AreaScore> areas) {
		return (int) Math.round(areas.stream().mapToDouble(area -> area.combined().value()).average().orElse(0));
	}
}
