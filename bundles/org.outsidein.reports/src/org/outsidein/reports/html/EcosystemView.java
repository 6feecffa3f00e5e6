package org.outsidein.reports.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.outsidein.core.metrics.EngagementMetrics;
import org.outsidein.core.metrics.RoleSummary;
import org.outsidein.model.Community;
import org.outsidein.model.Customer;
import org.outsidein.model.Employee;
import org.outsidein.model.InnovationToolkit;
import org.outsidein.model.Invention;
import org.outsidein.model.InventionStatus;
import org.outsidein.model.Named;
import org.outsidein.model.Outcome;
import org.outsidein.model.RelationshipDepth;
import org.outsidein.reports.ReportInput;
import org.outsidein.reports.charts.BarChart;
import org.outsidein.reports.charts.GaugeChart;
import org.outsidein.reports.charts.OpportunityChart;
import org.outsidein.reports.charts.Svg;

/** The ecosystem sections: rules of thumb, roles, outcomes, inventions, communities and toolkits. */
final class EcosystemView {

	static final int NAMES_SHOWN = 12;
	static final int TOP_OPPORTUNITIES = 10;

	private EcosystemView() {
	}

	static Map<String, Object> of(ReportInput input) {
		EngagementMetrics engagement = input.statistics().engagement();
		return View.of()
				.put("customerGauge", GaugeChart.render("Customers active in a role", engagement.activeCustomers().ratio(), 0.10))
				.put("employeeGauge", GaugeChart.render("Employees engaging customers", engagement.engagedEmployees().ratio(), 0.30))
				.put("customers", shareText(engagement.activeCustomers().count(), engagement.activeCustomers().total()))
				.put("customersMet", engagement.activeCustomers().isMet())
				.put("employees", shareText(engagement.engagedEmployees().count(), engagement.engagedEmployees().total()))
				.put("employeesMet", engagement.engagedEmployees().isMet())
				.put("departments", shareText(engagement.engagedDepartments().count(), engagement.engagedDepartments().total()))
				.put("roles", roles(input.statistics().roles()))
				.put("opportunityChart", opportunityChart(input.statistics().outcomesByOpportunity()))
				.put("outcomes", outcomes(input.statistics().outcomesByOpportunity()))
				.put("unrated", input.statistics().outcomesByOpportunity().stream().filter(o -> o.getOpportunity() == null)
						.map(Outcome::getName).toList())
				.put("pipelineChart", pipelineChart(input.statistics().inventions()))
				.put("inventions", inventions(input.statistics().inventions()))
				.put("communities", communities(input.model().getCommunities()))
				.put("toolkits", toolkits(input.model().getToolkits())).map();
	}

	private static String shareText(int count, int total) {
		return Formats.count(count) + " of " + (total > 0 ? Formats.count(total) : "an unknown number");
	}

	private static List<Map<String, Object>> roles(List<RoleSummary> roles) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (RoleSummary role : roles) {
			Map<RelationshipDepth, Integer> depths = role.depths();
			rows.add(View.of().put("name", role.role().getName()).put("count", Formats.count(role.count()))
					.put("who", Formats.names(role.customers(), Customer::getName, NAMES_SHOWN))
					.put("depth", depths.get(RelationshipDepth.ACQUAINTED) + " / " + depths.get(RelationshipDepth.ENGAGED) + " / "
							+ depths.get(RelationshipDepth.COLLABORATING) + " / " + depths.get(RelationshipDepth.PARTNERING))
					.put("outcomes", role.outcomes().keySet().stream().limit(3).map(Outcome::getName).toList())
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

	private static List<Map<String, Object>> outcomes(List<Outcome> ranked) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < ranked.size() && rows.size() < TOP_OPPORTUNITIES; i++) {
			Outcome outcome = ranked.get(i);
			if (outcome.getOpportunity() != null) {
				rows.add(View.of().put("rank", i + 1).put("name", outcome.getName())
						.put("importance", Formats.decimal(outcome.getImportance()))
						.put("satisfaction", Formats.decimal(outcome.getSatisfaction()))
						.put("opportunity", Formats.decimal(outcome.getOpportunity()))
						.put("underServed", outcome.getOpportunity() > 10).map());
			}
		}
		return rows;
	}

	private static String pipelineChart(Map<InventionStatus, List<Invention>> pipeline) {
		List<BarChart.Bar> bars = pipeline.entrySet().stream()
				.map(e -> new BarChart.Bar(e.getKey().getLiteral(), e.getValue().size(), Svg.ACCENT)).toList();
		return BarChart.render("Inventions by status", bars);
	}

	private static List<Map<String, Object>> inventions(Map<InventionStatus, List<Invention>> pipeline) {
		List<Map<String, Object>> rows = new ArrayList<>();
		pipeline.forEach((status, inventions) -> inventions.forEach(invention -> rows.add(View.of()
				.put("status", status.getLiteral()).put("name", invention.getName())
				.put("by", ((Customer) invention.eContainer()).getName())
				.put("outcome", invention.getOutcome() == null ? "–" : invention.getOutcome().getName()).map())));
		return rows;
	}

	private static List<Map<String, Object>> communities(List<Community> communities) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Community community : communities) {
			rows.add(View.of().put("name", community.getName()).put("ownership", community.getOwnership().getLiteral())
					.put("channel", community.getChannel().getLiteral())
					.put("purposes", community.getPurposes().stream().map(p -> p.getLiteral()).collect(Collectors.joining(", ")))
					.put("members", Formats.count(community.getMembers().size()))
					.put("employees", Formats.count(community.getEmployees().size()))
					.put("executives", community.getEmployees().stream().filter(Employee::isExecutive).map(Named::getName).toList())
					.put("ideas", community.getIdeas().size()).map());
		}
		return rows;
	}

	private static List<Map<String, Object>> toolkits(List<InnovationToolkit> toolkits) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (InnovationToolkit toolkit : toolkits) {
			rows.add(View.of().put("name", toolkit.getName()).put("kind", toolkit.getKind().getLiteral())
					.put("outcomes", toolkit.getOutcomes().stream().map(Outcome::getName).toList())
					.put("users", Formats.count(toolkit.getUsers().size())).map());
		}
		return rows;
	}
}
