package org.outsidein.diagram.server.customers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.model.Customer;
import org.outsidein.model.CustomerRole;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.RoleAssignment;

/**
 * The customers of a model grouped by role: one group per role of the model's methodologies (in their order, so a
 * role a methodology adds gets its group), then any other role played, then the customers who play none. A customer
 * who plays several roles sits in the group of the first; the others are drawn as edges.
 */
final class CustomerGroups {

	/** {@code role} is empty for the group of customers without a role. */
	record Group(Optional<CustomerRole> role, List<Customer> customers) {
	}

	private CustomerGroups() {
	}

	static List<Group> of(OutsideInModel model) {
		Map<CustomerRole, List<Customer>> byRole = new LinkedHashMap<>();
		MethodologyLibrary.rolesOf(model).forEach(role -> byRole.put(role, new ArrayList<>()));
		List<Customer> withoutRole = new ArrayList<>();
		for (Customer customer : model.getCustomers()) {
			Optional<CustomerRole> first = rolesOf(customer).stream().findFirst();
			if (first.isPresent()) {
				byRole.computeIfAbsent(first.get(), role -> new ArrayList<>()).add(customer);
			} else {
				withoutRole.add(customer);
			}
		}
		List<Group> groups = new ArrayList<>();
		byRole.forEach((role, customers) -> groups.add(new Group(Optional.of(role), customers)));
		groups.add(new Group(Optional.empty(), withoutRole));
		return groups;
	}

	/** The roles a customer plays, leaving out references that lead nowhere (validation reports those). */
	static List<CustomerRole> rolesOf(Customer customer) {
		return customer.getRoles().stream().map(RoleAssignment::getRole)
				.filter(role -> role != null && !role.eIsProxy()).distinct().toList();
	}
}
