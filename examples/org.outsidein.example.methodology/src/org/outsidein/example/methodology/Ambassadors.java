package org.outsidein.example.methodology;

import java.util.List;

import org.outsidein.model.Customer;
import org.outsidein.model.CustomerRole;
import org.outsidein.model.RoleAssignment;

/** The Ambassadors role of the example methodology (methodology/hackathons.outsidein), found by its stable id. */
public final class Ambassadors {

	/** The role's id in the methodology file: ids, unlike names, never change. */
	public static final String ROLE_ID = "role-ambassadors";

	private Ambassadors() {
	}

	public static boolean isAmbassador(Customer customer) {
		for (RoleAssignment assignment : customer.getRoles()) {
			CustomerRole role = assignment.getRole();
			if (role != null && !role.eIsProxy() && ROLE_ID.equals(role.getId())) {
				return true;
			}
		}
		return false;
	}

	/** The members of a community who play the Ambassadors role, in member order. */
	public static List<Customer> among(List<Customer> members) {
		return members.stream().filter(Ambassadors::isAmbassador).toList();
	}
}
