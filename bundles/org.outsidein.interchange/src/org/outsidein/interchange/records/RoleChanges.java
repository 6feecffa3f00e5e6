package org.outsidein.interchange.records;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.outsidein.model.Customer;
import org.outsidein.model.CustomerRole;
import org.outsidein.model.OutsideInFactory;
import org.outsidein.model.RoleAssignment;

/**
 * Makes a customer play exactly the roles a row names. A role the customer already plays keeps its assignment,
 * with its outcomes, employees and start date; only its depth changes, and only when the row gives one. Roles the
 * row no longer names are removed.
 */
final class RoleChanges {

	private RoleChanges() {
	}

	static void apply(Customer customer, List<RoleCell.Pick> picks, ChangeNotes notes) {
		Map<CustomerRole, RoleAssignment> current = new HashMap<>();
		customer.getRoles().forEach(assignment -> current.putIfAbsent(assignment.getRole(), assignment));
		Set<RoleAssignment> kept = new HashSet<>();
		for (RoleCell.Pick pick : picks) {
			RoleAssignment assignment = current.get(pick.role());
			if (assignment == null) {
				assignment = OutsideInFactory.eINSTANCE.createRoleAssignment();
				assignment.setRole(pick.role());
				if (pick.depth() != null) {
					assignment.setDepth(pick.depth());
				}
				customer.getRoles().add(assignment);
				notes.note("roles: + " + pick.role().getName() + " (" + assignment.getDepth().getLiteral() + ")");
			} else if (pick.depth() != null) {
				notes.set(pick.role().getName(), assignment.getDepth(), pick.depth(), assignment::setDepth);
			}
			kept.add(assignment);
		}
		List<RoleAssignment> dropped = new ArrayList<>();
		for (RoleAssignment assignment : customer.getRoles()) {
			if (!kept.contains(assignment)) {
				dropped.add(assignment);
				notes.note("roles: \u2212 " + RoleCell.name(assignment.getRole()));
			}
		}
		customer.getRoles().removeAll(dropped);
	}
}
