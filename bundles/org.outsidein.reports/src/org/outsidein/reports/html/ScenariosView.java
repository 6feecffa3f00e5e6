package org.outsidein.reports.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.outsidein.core.labels.ElementLabels;
import org.outsidein.core.metrics.EngagementMetrics;
import org.outsidein.model.Customer;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.Scenario;
import org.outsidein.model.ScenarioStep;
import org.outsidein.model.Segment;

/**
 * Customer scenarios, today against the ideal, side by side (real innovation comes from the tension between
 * the two), and the customer segments with their share of the model.
 */
final class ScenariosView {

	private ScenariosView() {
	}

	static Map<String, Object> of(OutsideInModel model) {
		List<Map<String, Object>> scenarios = new ArrayList<>();
		for (Scenario scenario : model.getScenarios()) {
			List<Map<String, Object>> steps = new ArrayList<>();
			int rows = Math.max(scenario.getTodaySteps().size(), scenario.getIdealSteps().size());
			for (int i = 0; i < rows; i++) {
				ScenarioStep today = i < scenario.getTodaySteps().size() ? scenario.getTodaySteps().get(i) : null;
				ScenarioStep ideal = i < scenario.getIdealSteps().size() ? scenario.getIdealSteps().get(i) : null;
				steps.add(View.of().put("today", today == null ? "" : ElementLabels.name(today))
						.put("pain", today == null || today.getPainPoint() == null ? "" : today.getPainPoint())
						.put("ideal", ideal == null ? "" : ElementLabels.name(ideal)).map());
			}
			scenarios.add(View.of().put("name", ElementLabels.name(scenario))
					.put("outcomes", scenario.getOutcomes().stream().map(ElementLabels::name).toList())
					.put("customers", Formats.names(scenario.getCustomers(), ElementLabels::name, EcosystemView.NAMES_SHOWN))
					.put("steps", steps).put("noIdeal", scenario.getIdealSteps().isEmpty()).map());
		}
		Map<Segment, List<Customer>> bySegment = new IdentityHashMap<>();
		for (Customer customer : model.getCustomers()) {
			if (customer.getSegment() != null) {
				bySegment.computeIfAbsent(customer.getSegment(), key -> new ArrayList<>()).add(customer);
			}
		}
		List<Map<String, Object>> segments = new ArrayList<>();
		for (Segment segment : model.getSegments()) {
			List<Customer> members = bySegment.getOrDefault(segment, List.of());
			segments.add(View.of().put("name", ElementLabels.name(segment))
					.put("size", segment.getSize() > 0 ? Formats.count(segment.getSize()) : "unknown")
					.put("people", Formats.count(EngagementMetrics.people(members)))
					.put("entries", Formats.count(members.size()))
					.put("active", Formats.count(EngagementMetrics.people(
							members.stream().filter(c -> c.isCurrentCustomer() && !c.getRoles().isEmpty()).toList())))
					.map());
		}
		return View.of().put("scenarios", scenarios).put("segments", segments).map();
	}
}
