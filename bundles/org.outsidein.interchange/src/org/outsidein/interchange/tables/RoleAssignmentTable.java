package org.outsidein.interchange.tables;

import static org.outsidein.interchange.tables.TableColumn.date;
import static org.outsidein.interchange.tables.TableColumn.text;
import static org.outsidein.interchange.tables.TableColumn.texts;

import java.util.List;

import org.eclipse.emf.ecore.EReference;
import org.outsidein.model.Customer;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.model.RoleAssignment;

/** One row per role a customer plays: the role, how deep the relationship is, and who engages them in it. */
final class RoleAssignmentTable {

	private static final EReference INTERACTING = OutsideInPackage.Literals.ROLE_ASSIGNMENT__INTERACTING_EMPLOYEES;
	private static final EReference MONITORING = OutsideInPackage.Literals.ROLE_ASSIGNMENT__MONITORING_EMPLOYEES;
	private static final EReference OUTCOMES = OutsideInPackage.Literals.ROLE_ASSIGNMENT__OUTCOMES;

	private RoleAssignmentTable() {
	}

	static Table of(OutsideInModel model) {
		Table table = new Table("role_assignments", text("id"), text("customer_id"), text("customer"), text("role_id"),
				text("role"), text("depth"), date("since"), texts("outcome_ids"), texts("interacting_employee_ids"),
				texts("monitoring_employee_ids"));
		for (Customer customer : model.getCustomers()) {
			for (RoleAssignment assignment : customer.getRoles()) {
				table.add(assignment.getId(), customer.getId(), customer.getName(), Cells.id(assignment.getRole()),
						Cells.name(assignment.getRole()), Cells.literal(assignment.getDepth()),
						Cells.day(assignment.getSince()), ids(assignment, OUTCOMES), ids(assignment, INTERACTING),
						ids(assignment, MONITORING));
			}
		}
		return table;
	}

	/** Asking a list that was never set creates it: on a model of 100,000 customers, look first. */
	@SuppressWarnings("unchecked")
	private static List<String> ids(RoleAssignment assignment, EReference reference) {
		return assignment.eIsSet(reference) ? Cells.ids((List<org.eclipse.emf.ecore.EObject>) assignment.eGet(reference))
				: List.of();
	}
}
