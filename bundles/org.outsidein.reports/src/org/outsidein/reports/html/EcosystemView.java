package org.outsidein.reports.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.outsidein.core.labels.ElementLabels;
import org.outsidein.core.library.MethodologyScoring;
import org.outsidein.core.metrics.EmployeeEngagement;
import org.outsidein.core.metrics.EngagementMetrics;
import org.outsidein.core.metrics.RoleSummary;
import org.outsidein.core.metrics.Share;
import org.outsidein.model.InnovationToolkit;
import org.outsidein.model.Invention;
import org.outsidein.model.InventionStatus;
import org.outsidein.model.Outcome;
import org.outsidein.model.SegmentRating;
import org.outsidein.model.RelationshipDepth;
import org.outsidein.reports.ReportInput;
import org.outsidein.reports.charts.BarChart;
import org.outsidein.reports.charts.GaugeChart;
import org.outsidein.reports.charts.OpportunityChart;
import org.outsidein.reports.charts.Svg;

/** The ecosystem sections: rules of thumb, roles, outcomes, inventions, toolkits and who engages customers. */
final class EcosystemView {

	static final int NAMES_SHOWN = 12;
	static final int TOP_OPPORTUNITIES = 10;

	private EcosystemView() {
	}

	static Map<String, Object> of(ReportInput input) {
		EngagementMetrics engagement = input.statistics().engagement();
		return View.of()
				.put("customerGauge", GaugeChart.render("Customers active in a role", engagement.activeCustomers()))
				.put("employeeGauge", GaugeChart.render("Employees engaging customers", engagement.engagedEmployees()))
				.put("customerRule", rule(engagement.activeCustomers()))
				.put("employeeRule", rule(engagement.engagedEmployees()))
				.put("departments", shareText(engagement.engagedDepartments()))
				.put("roles", roles(input.statistics().roles()))
				.put("opportunityChart", opportunityChart(input.statistics().outcomesByOpportunity()))
				.put("outcomes", outcomes(input.statistics().outcomesByOpportunity(), fewestAnswers(input)))
				.put("fewestAnswers", fewestAnswers(input))
				.put("unrated", input.statistics().outcomesByOpportunity().stream().filter(o -> o.getOpportunity() == null)
						.map(ElementLabels::name).toList())
				.put("pipelineChart", pipelineChart(input.statistics().inventions()))
				.put("inventions", inventions(input.statistics().inventions()))
				.put("toolkits", toolkits(input.model().getToolkits()))
				.put("employeesByRole", engagementRows(input.statistics().employees().byRole()))
				.put("employeesByDepartment", engagementRows(input.statistics().employees().byDepartment())).map();
	}

	/** A rule of thumb as every format shows it: the threshold in force, the count and the verdict. */
	static Map<String, Object> rule(Share share) {
		return View.of().put("threshold", share.thresholdText()).put("share", shareText(share))
				.put("percent", share.ratioText()).put("met", share.isMet()).put("known", share.isKnown())
				.put("verdict", share.verdict()).map();
	}

	/** "2,243 of 20,000", or "12 of an unknown number". */
	static String shareText(Share share) {
		return Formats.count(share.count()) + " of " + (share.isKnown() ? Formats.count(share.total()) : "an unknown number");
	}

	private static List<Map<String, Object>> roles(List<RoleSummary> roles) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (RoleSummary role : roles) {
			Map<RelationshipDepth, Integer> depths = role.depths();
			rows.add(View.of().put("name", ElementLabels.name(role.role())).put("people", Formats.count(role.people()))
					.put("entries", Formats.count(role.count()))
					.put("who", Formats.names(role.customers(), ElementLabels::name, NAMES_SHOWN))
					.put("depth", depths.get(RelationshipDepth.ACQUAINTED) + " / " + depths.get(RelationshipDepth.ENGAGED) + " / "
							+ depths.get(RelationshipDepth.COLLABORATING) + " / " + depths.get(RelationshipDepth.PARTNERING))
					.put("outcomes", role.outcomes().keySet().stream().limit(3).map(ElementLabels::name).toList())
					.put("unplayed", role.count() == 0).map());
		}
		return rows;
	}

	private static String opportunityChart(List<Outcome> ranked) {
		List<OpportunityChart.Point> points = new ArrayList<>();
		for (int i = 0; i < ranked.size(); i++) {
			Outcome outcome = ranked.get(i);
			if (outcome.getOpportunity() != null) {
				points.add(new OpportunityChart.Point(i + 1, outcome.getImportance(), outcome.getSatisfaction()));
			}
		}
		return OpportunityChart.render("Outcome landscape: importance and satisfaction", points);
	}

	private static List<Map<String, Object>> outcomes(List<Outcome> ranked, int fewest) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < ranked.size() && rows.size() < TOP_OPPORTUNITIES; i++) {
			Outcome outcome = ranked.get(i);
			if (outcome.getOpportunity() != null) {
				List<Map<String, Object>> segments = new ArrayList<>();
				for (SegmentRating rating : outcome.getSegmentRatings()) {
					segments.add(rated(View.of().put("name", rating.getSegment() == null ? "(segment unknown)"
							: ElementLabels.name(rating.getSegment())), rating.getImportance(), rating.getSatisfaction(),
							rating.getOpportunity(), rating.getRespondents(), fewest).map());
				}
				rows.add(rated(View.of().put("rank", i + 1).put("name", ElementLabels.name(outcome)), outcome.getImportance(),
						outcome.getSatisfaction(), outcome.getOpportunity(), outcome.getRespondents(), fewest)
						.put("underServed", outcome.getOpportunity() > 10).put("segments", segments).map());
			}
		}
		return rows;
	}

	/** The figures of an outcome or of a segment's rating; how many answers they rest on when a survey gave them. */
	private static View rated(View view, Double importance, Double satisfaction, Double opportunity, Integer answers,
			int fewest) {
		return view.put("importance", Formats.decimal(importance)).put("satisfaction", Formats.decimal(satisfaction))
				.put("opportunity", Formats.decimal(opportunity)).put("answers", answers == null ? "" : Formats.count(answers))
				.put("thin", answers != null && answers < fewest);
	}

	private static int fewestAnswers(ReportInput input) {
		return MethodologyScoring.of(input.model()).getFewestSurveyAnswers();
	}

	private static String pipelineChart(Map<InventionStatus, List<Invention>> pipeline) {
		List<BarChart.Bar> bars = pipeline.entrySet().stream()
				.map(e -> new BarChart.Bar(e.getKey().getLiteral(), e.getValue().size(), Svg.ACCENT)).toList();
		return BarChart.render("Inventions by status", bars);
	}

	private static List<Map<String, Object>> inventions(Map<InventionStatus, List<Invention>> pipeline) {
		List<Map<String, Object>> rows = new ArrayList<>();
		pipeline.forEach((status, inventions) -> inventions.forEach(invention -> rows.add(View.of()
				.put("status", status.getLiteral()).put("name", ElementLabels.name(invention))
				.put("by", ElementLabels.name(invention.eContainer()))
				.put("outcome", invention.getOutcome() == null ? "–" : ElementLabels.name(invention.getOutcome())).map())));
		return rows;
	}

	private static List<Map<String, Object>> toolkits(List<InnovationToolkit> toolkits) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (InnovationToolkit toolkit : toolkits) {
			rows.add(View.of().put("name", ElementLabels.name(toolkit)).put("kind", toolkit.getKind().getLiteral())
					.put("outcomes", toolkit.getOutcomes().stream().map(ElementLabels::name).toList())
					.put("users", Formats.count(EngagementMetrics.people(toolkit.getUsers())))
					.put("userEntries", Formats.count(toolkit.getUsers().size())).map());
		}
		return rows;
	}

	private static List<Map<String, Object>> engagementRows(List<EmployeeEngagement.Row> rows) {
		List<Map<String, Object>> view = new ArrayList<>();
		for (EmployeeEngagement.Row row : rows) {
			view.add(View.of().put("name", row.name()).put("interacting", row.interacting())
					.put("monitoring", row.monitoring()).put("engaged", row.engaged())
					.put("employees", row.employees()).put("none", row.engaged() == 0).map());
		}
		return view;
	}
}
