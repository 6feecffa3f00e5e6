package org.outsidein.core.metrics;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EReference;
import org.outsidein.core.library.MethodologyScoring;
import org.outsidein.model.Customer;
import org.outsidein.model.CustomerKind;
import org.outsidein.model.Department;
import org.outsidein.model.Employee;
import org.outsidein.model.Organisation;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.model.RoleAssignment;
import org.outsidein.model.Scoring;
import org.outsidein.model.util.Days;

/**
 * How widely the organisation engages customers in roles, measured against the rules of thumb: at least
 * 10 % of the customer base active in a role, at least 30 % of employees interacting with or monitoring
 * customers in a role (the thresholds in force come from the methodology's scoring).
 *
 * @param activeCustomers     current customers playing at least one role (a group counting as its size),
 *                            out of the whole customer base
 * @param engagedEmployees    employees interacting with or monitoring a customer in a role, out of the
 *                            headcount. The employees listed in a model are those that matter to it, mostly the
 *                            engaged ones, so they are no stand-in for an unknown headcount: the share is then
 *                            unknown.
 * @param engagedDepartments  departments with at least one engaged employee, out of all departments
 * @param engagedEmployeeSet  the engaged employees themselves
 * @param engagedDepartmentSet the engaged departments themselves
 */
public record EngagementMetrics(Share activeCustomers, Share engagedEmployees, Share engagedDepartments,
		Set<Employee> engagedEmployeeSet, Set<Department> engagedDepartmentSet) {

	/** What each whole is called where the analyst sets it. */
	public static final String CUSTOMER_BASE = "customer base size";
	public static final String HEADCOUNT = "headcount";
	public static final String DEPARTMENTS = "organisation's departments";

	private static final EReference INTERACTING = OutsideInPackage.Literals.ROLE_ASSIGNMENT__INTERACTING_EMPLOYEES;
	private static final EReference MONITORING = OutsideInPackage.Literals.ROLE_ASSIGNMENT__MONITORING_EMPLOYEES;

	/** How many customers of the customer base an entry stands for: a group counts as its size. */
	public static int customersRepresented(Customer customer) {
		return customer.getKind() == CustomerKind.GROUP ? Math.max(customer.getGroupSize(), 1) : 1;
	}

	/** How many customers of the customer base some entries stand for, each group counting as its size. */
	public static long people(Collection<? extends Customer> customers) {
		long people = 0;
		for (Customer customer : customers) {
			people += customersRepresented(customer);
		}
		return people;
	}

	public static EngagementMetrics of(OutsideInModel model) {
		return of(model, assignment -> true);
	}

	/**
	 * The figures as they stood on a day, as far as the model tells: a role assignment counts from its "since" day
	 * (one without that day counts from the start). The wholes (customer base, headcount) are today's, the only
	 * ones the model keeps.
	 */
	public static EngagementMetrics asOf(OutsideInModel model, LocalDate day) {
		return of(model, assignment -> {
			LocalDate since = Days.of(assignment.getSince());
			return since == null || !since.isAfter(day);
		});
	}

	private static EngagementMetrics of(OutsideInModel model, Predicate<RoleAssignment> counted) {
		int activeCustomers = 0;
		Set<Employee> engaged = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Customer customer : model.getCustomers()) {
			if (customer.isCurrentCustomer() && customer.getRoles().stream().anyMatch(counted)) {
				activeCustomers += customersRepresented(customer);
			}
			for (RoleAssignment assignment : customer.getRoles()) {
				if (!counted.test(assignment)) {
					continue;
				}
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
		int departmentCount = organisation == null ? 0 : organisation.getDepartments().size();
		Scoring scoring = MethodologyScoring.of(model);
		return new EngagementMetrics(new Share(activeCustomers, customerBase, scoring.getCustomerShareRule(), CUSTOMER_BASE),
				new Share(engaged.size(), headcount, scoring.getEmployeeShareRule(), HEADCOUNT),
				new Share(departments.size(), departmentCount, 0.0, DEPARTMENTS),
				Collections.unmodifiableSet(engaged), Collections.unmodifiableSet(departments));
	}
}
