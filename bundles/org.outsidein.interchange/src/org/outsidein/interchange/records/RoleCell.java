package org.outsidein.interchange.records;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.InternalEObject;
import org.outsidein.model.CustomerRole;
import org.outsidein.model.RelationshipDepth;
import org.outsidein.model.RoleAssignment;

/**
 * The roles cell: role names of the model's methodologies, each with an optional depth in brackets, separated by
 * {@code |} or commas: "Lead Customers (Collaborating) | Guides". When a cell holds a {@code |}, only {@code |}
 * separates, so that a methodology's role may have a comma in its name.
 */
final class RoleCell {

	/** A role a row names, with the depth it gives (null when it gives none). */
	record Pick(CustomerRole role, RelationshipDepth depth) {
	}

	private static final String SEPARATOR = " | ";

	private final Map<String, CustomerRole> byName = new HashMap<>();
	/** A large file repeats the same few texts ("Guides (Engaged)") on every row: each is looked up once. */
	private final Map<String, Pick> picked = new HashMap<>();
	private final String known;

	RoleCell(List<CustomerRole> roles) {
		roles.forEach(role -> byName.putIfAbsent(Keys.name(role.getName()), role));
		known = roles.stream().map(CustomerRole::getName).collect(Collectors.joining(", "));
	}

	List<Pick> read(String cell) throws BadValue {
		List<Pick> picks = new ArrayList<>();
		for (String part : cell.split(cell.indexOf('|') >= 0 ? "\\|" : ",")) {
			if (part.isBlank()) {
				continue;
			}
			Pick pick = picked.get(part);
			if (pick == null) {
				pick = pick(part.strip());
				picked.put(part, pick);
			}
			for (Pick earlier : picks) {
				if (earlier.role() == pick.role()) {
					throw new BadValue("the roles name " + pick.role().getName() + " twice");
				}
			}
			picks.add(pick);
		}
		return picks;
	}

	private Pick pick(String text) throws BadValue {
		CustomerRole whole = byName.get(Keys.name(text));
		int bracket = text.lastIndexOf('(');
		if (whole != null || bracket < 0 || !text.endsWith(")")) {
			return new Pick(role(whole, text), null);
		}
		String name = text.substring(0, bracket).strip();
		String depth = text.substring(bracket + 1, text.length() - 1).strip();
		return new Pick(role(byName.get(Keys.name(name)), name),
				Values.literal(depth, RelationshipDepth.VALUES, new Column("depth of " + name)));
	}

	private CustomerRole role(CustomerRole found, String text) throws BadValue {
		if (found == null) {
			throw new BadValue("'" + text + "' is not a role of the model's methodology; its roles are " + known);
		}
		return found;
	}

	/** "Lead Customers (Collaborating) | Guides (Acquainted)": every depth written, so that a re-import keeps it. */
	static String write(List<RoleAssignment> assignments) {
		return assignments.stream()
				.map(assignment -> name(assignment.getRole()) + " (" + assignment.getDepth().getLiteral() + ")")
				.collect(Collectors.joining(SEPARATOR));
	}

	/** The role's name; for a reference that leads nowhere, the id it names, so that a re-import reports it. */
	static String name(CustomerRole role) {
		if (role != null && role.eIsProxy()) {
			return ((InternalEObject) role).eProxyURI().fragment();
		}
		return role == null || role.getName() == null ? "" : role.getName();
	}
}
