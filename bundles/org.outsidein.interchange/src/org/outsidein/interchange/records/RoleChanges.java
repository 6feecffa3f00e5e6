package org.outsidein.interchange.records;

import java.util.ArrayList;
import java.util.List;

import org.outsidein.model.Customer;
import org.outsidein.model.CustomerRole;
import org.outsidein.model.OutsideInFactory;
import org.outsidein.model.RoleAssignment;

/**
 * Makes a customer play exactly the roles a row names. A role the customer already plays keeps its assignment,
 * with its outcomes, employees and start date; only its depth changes, and only when the row gives one. Roles the
 * row no longer names are removed. (A customer plays a handful of roles: lists are searched, not hashed.)
 */
final class RoleChanges {

	private RoleChanges() {
	}

	static void apply(Customer customer, List<RoleCell.Pick> picks, ChangeNotes notes) {
		List<RoleAssignment> kept = new ArrayList<>(picks.size());
		for (RoleCell.Pick pick : picks) {
			RoleAssignment assignment = playing(customer, pick.role());
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
		if (kept.size() < customer.getRoles().size()) {
			List<RoleAssignment> dropped = new ArrayList<>(customer.getRoles());
			dropped.removeIf(assignment -> kept.stream().anyMatch(keep -> keep == assignment));
			dropped.forEach(assignment -> notes.note("roles: \u2212 " + RoleCell.name(assignment.getRole())));
			customer.getRoles().removeAll(dropped);
		}
	}

	/** The customer's first assignment of the role, or null. */
	private static RoleAssignment playing(Customer customer, CustomerRole role) {
		for (RoleAssignment assignment : customer.getRoles()) {
			if (assignment.getRole() == role) {
				return assignment;
			}
		}
		return null;
	}
}
