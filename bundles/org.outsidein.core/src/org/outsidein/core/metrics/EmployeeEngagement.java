package org.outsidein.core.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EReference;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.model.Customer;
import org.outsidein.model.CustomerRole;
import org.outsidein.model.Department;
import org.outsidein.model.Employee;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.model.RoleAssignment;

/**
 * Who in the organisation engages customers, role by role and department by department, and how: interacting
 * with customers in a role, or monitoring them. Progress shows in how many employees and departments engage.
 *
 * @param byRole       one row per role of the model's methodologies, in their order
 * @param byDepartment one row per department, in model order, then "(no department)" when some engaged
 *                     employees have none
 */
public record EmployeeEngagement(List<Row> byRole, List<Row> byDepartment) {

	/** Employees who interact, who monitor, and who do either, in one role or one department. */
	public record Row(String name, int interacting, int monitoring, int engaged, int employees) {
	}

	private static final EReference INTERACTING = OutsideInPackage.Literals.ROLE_ASSIGNMENT__INTERACTING_EMPLOYEES;
	private static final EReference MONITORING = OutsideInPackage.Literals.ROLE_ASSIGNMENT__MONITORING_EMPLOYEES;
	static final String NO_DEPARTMENT = "(no department)";

	public static EmployeeEngagement of(OutsideInModel model) {
		Map<CustomerRole, Sets> roles = new LinkedHashMap<>();
		MethodologyLibrary.rolesOf(model).forEach(role -> roles.put(role, new Sets()));
		Sets all = new Sets();
		for (Customer customer : model.getCustomers()) {
			for (RoleAssignment assignment : customer.getRoles()) {
				// Asking an empty list that was never set creates it: on large models, check first.
				boolean interacting = assignment.eIsSet(INTERACTING);
				boolean monitoring = assignment.eIsSet(MONITORING);
				if (!interacting && !monitoring) {
					continue;
				}
				CustomerRole role = assignment.getRole();
				Sets sets = role == null || role.eIsProxy() ? null : roles.computeIfAbsent(role, key -> new Sets());
				if (interacting) {
					all.interacting.addAll(assignment.getInteractingEmployees());
					if (sets != null) {
						sets.interacting.addAll(assignment.getInteractingEmployees());
					}
				}
				if (monitoring) {
					all.monitoring.addAll(assignment.getMonitoringEmployees());
					if (sets != null) {
						sets.monitoring.addAll(assignment.getMonitoringEmployees());
					}
				}
			}
		}
		List<Row> byRole = new ArrayList<>();
		roles.forEach((role, sets) -> byRole.add(sets.row(ElementLabels.name(role), 0)));
		return new EmployeeEngagement(List.copyOf(byRole), byDepartment(model, all));
	}

	private static List<Row> byDepartment(OutsideInModel model, Sets all) {
		Map<Department, Sets> departments = new LinkedHashMap<>();
		Map<Department, Integer> sizes = new IdentityHashMap<>();
		if (model.getOrganisation() != null) {
			model.getOrganisation().getDepartments().forEach(department -> departments.put(department, new Sets()));
			for (Employee employee : model.getOrganisation().getEmployees()) {
				sizes.merge(employee.getDepartment(), 1, Integer::sum);
			}
		}
		Sets none = new Sets();
		for (Employee employee : all.interacting) {
			departments.getOrDefault(employee.getDepartment(), none).interacting.add(employee);
		}
		for (Employee employee : all.monitoring) {
			departments.getOrDefault(employee.getDepartment(), none).monitoring.add(employee);
		}
		List<Row> rows = new ArrayList<>();
		departments.forEach((department, sets) -> rows.add(sets.row(ElementLabels.name(department), sizes.getOrDefault(department, 0))));
		if (!none.isEmpty()) {
			rows.add(none.row(NO_DEPARTMENT, sizes.getOrDefault(null, 0)));
		}
		return List.copyOf(rows);
	}

	private static final class Sets {
		final Set<Employee> interacting = Collections.newSetFromMap(new IdentityHashMap<>());
		final Set<Employee> monitoring = Collections.newSetFromMap(new IdentityHashMap<>());

		boolean isEmpty() {
			return interacting.isEmpty() && monitoring.isEmpty();
		}

		Row row(String name, int employees) {
			Set<Employee> either = Collections.newSetFromMap(new IdentityHashMap<>());
			either.addAll(interacting);
			either.addAll(monitoring);
			return new Row(name, interacting.size(), monitoring.size(), either.size(), employees);
		}
	}
}
