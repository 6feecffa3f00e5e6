package org.outsidein.core.metrics;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.eclipse.emf.ecore.EReference;
import org.outsidein.model.Customer;
import org.outsidein.model.CustomerKind;
import org.outsidein.model.Department;
import org.outsidein.model.Employee;
import org.outsidein.model.Organisation;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.model.RoleAssignment;

/**
 * How widely the organisation engages customers in roles, measured against the rules of thumb: at least
 * 10 % of the customer base active in a role, at least 30 % of employees interacting with or monitoring
 * customers in a role.
 *
 * @param activeCustomers     current customers playing at least one role (a group counting as its size),
 *                            out of the whole customer base
 * @param engagedEmployees    employees interacting with or monitoring a customer in a role, out of the
 *                            headcount (or of the employees modelled, when the headcount is not given)
 * @param engagedDepartments  departments with at least one engaged employee, out of all departments
 * @param engagedEmployeeSet  the engaged employees themselves
 * @param engagedDepartmentSet the engaged departments themselves
 */
public record EngagementMetrics(Share activeCustomers, Share engagedEmployees, Share engagedDepartments,
		Set<Employee> engagedEmployeeSet, Set<Department> engagedDepartmentSet) {

	private static final EReference INTERACTING = OutsideInPackage.Literals.ROLE_ASSIGNMENT__INTERACTING_EMPLOYEES;
	private static final EReference MONITORING = OutsideInPackage.Literals.ROLE_ASSIGNMENT__MONITORING_EMPLOYEES;

	/** How many customers of the customer base an entry stands for: a group counts as its size. */
	public static int customersRepresented(Customer customer) {
		return customer.getKind() == CustomerKind.GROUP ? Math.max(customer.getGroupSize(), 1) : 1;
	}

	public static EngagementMetrics of(OutsideInModel model) {
		int activeCustomers = 0;
		Set<Employee> engaged = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Customer customer : model.getCustomers()) {
			if (customer.isCurrentCustomer() && !customer.getRoles().isEmpty()) {
				activeCustomers += customersRepresented(customer);
			}
			for (RoleAssignment assignment : customer.getRoles()) {
				// Asking an empty list that was never set creates it: on large models, check first.
				if (assignment.eIsSet(INTERACTING)) {
					engaged.addAll(assignment.getInteractingEmployees());
				}
				if (assignment.eIsSet(MONITORING)) {
					engaged.addAll(assignment.getMonitoringEmployees());
				}
			}
		}
		Set<Department> departments = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Employee employee : engaged) {
			if (employee.getDepartment() != null) {
				departments.add(employee.getDepartment());
			}
		}
		Organisation organisation = model.getOrganisation();
		int customerBase = organisation == null ? 0 : organisation.getCustomerBaseSize();
		int headcount = organisation == null ? 0 : organisation.getHeadcount();
		if (headcount <= 0 && organisation != null) {
			headcount = organisation.getEmployees().size();
		}
		int departmentCount = organisation == null ? 0 : organisation.getDepartments().size();
		return new EngagementMetrics(new Share(activeCustomers, customerBase, Share.CUSTOMER_RULE),
				new Share(engaged.size(), headcount, Share.EMPLOYEE_RULE),
				new Share(departments.size(), departmentCount, 0.0),
				Collections.unmodifiableSet(engaged), Collections.unmodifiableSet(departments));
	}
}
