package org.outsidein.core.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.model.Customer;
import org.outsidein.model.CustomerRole;
import org.outsidein.model.Outcome;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.RelationshipDepth;
import org.outsidein.model.RoleAssignment;

/**
 * Who plays one role: how many customers, their names, how deep the relationships are and which outcomes
 * they care about in that role.
 *
 * @param role      the role
 * @param customers the customers playing it, in model order (entries: a group is one)
 * @param people    how many customers they stand for, a group counting as its size
 * @param depths    how many of the relationships are at each depth (every depth present, maybe 0)
 * @param outcomes  the outcomes cared about in this role, with how many customers care, most cared first
 */
public record RoleSummary(CustomerRole role, List<Customer> customers, int people,
		Map<RelationshipDepth, Integer> depths, Map<Outcome, Integer> outcomes) {

	/** How many entries of the model play the role (a group is one entry); {@link #people()} counts people. */
	public int count() {
		return customers.size();
	}

	/**
	 * One summary per role of the model's methodologies, in their order, then any other role played. A role
	 * reference that leads nowhere is left out here; validation reports it.
	 */
	public static List<RoleSummary> of(OutsideInModel model) {
		Map<CustomerRole, Builder> builders = new LinkedHashMap<>();
		for (CustomerRole role : MethodologyLibrary.rolesOf(model)) {
			builders.put(role, new Builder(role));
		}
		for (Customer customer : model.getCustomers()) {
			for (RoleAssignment assignment : customer.getRoles()) {
				if (assignment.getRole() != null && !assignment.getRole().eIsProxy()) {
					builders.computeIfAbsent(assignment.getRole(), Builder::new).add(customer, assignment);
				}
			}
		}
		List<RoleSummary> summaries = new ArrayList<>(builders.size());
		builders.values().forEach(builder -> summaries.add(builder.build()));
		return summaries;
	}

	private static final class Builder {
		private final CustomerRole role;
		private final List<Customer> customers = new ArrayList<>();
		private int people;
		private final Map<RelationshipDepth, Integer> depths = new EnumMap<>(RelationshipDepth.class);
		private final Map<Outcome, Integer> outcomes = new LinkedHashMap<>();

		Builder(CustomerRole role) {
			this.role = role;
			for (RelationshipDepth depth : RelationshipDepth.values()) {
				depths.put(depth, 0);
			}
		}

		void add(Customer customer, RoleAssignment assignment) {
			// A customer who plays the role twice (say, in two departments) still counts once.
			if (customers.isEmpty() || customers.get(customers.size() - 1) != customer) {
				customers.add(customer);
				people += EngagementMetrics.customersRepresented(customer);
			}
			depths.merge(assignment.getDepth(), 1, Integer::sum);
			for (Outcome outcome : assignment.getOutcomes()) {
				outcomes.merge(outcome, 1, Integer::sum);
			}
		}

		RoleSummary build() {
			Map<Outcome, Integer> ranked = new LinkedHashMap<>();
			outcomes.entrySet().stream()
					.sorted(Map.Entry.<Outcome, Integer>comparingByValue(Comparator.reverseOrder()))
					.forEachOrdered(entry -> ranked.put(entry.getKey(), entry.getValue()));
			return new RoleSummary(role, List.copyOf(customers), people, Collections.unmodifiableMap(depths),
					Collections.unmodifiableMap(ranked));
		}
	}
}
