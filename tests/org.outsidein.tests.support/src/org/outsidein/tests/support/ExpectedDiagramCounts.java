package org.outsidein.tests.support;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.model.Community;
import org.outsidein.model.CommunityOwnership;
import org.outsidein.model.Customer;
import org.outsidein.model.CustomerRole;
import org.outsidein.model.Department;
import org.outsidein.model.Employee;
import org.outsidein.model.InnovationToolkit;
import org.outsidein.model.Invention;
import org.outsidein.model.Outcome;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.RoleAssignment;
import org.outsidein.model.Scenario;

/**
 * What each built-in diagram should show of a model, counted in plain Java from the model itself (not from the
 * descriptions), mapping by mapping, so that the tests compare two independent readings (of the interpreter, and of
 * the diagram server that serves its graphs).
 */
public final class ExpectedDiagramCounts {

	private ExpectedDiagramCounts() {
	}

	public static Map<String, Integer> ecosystemNodes(OutsideInModel model) {
		Map<String, Integer> counts = new TreeMap<>();
		List<CustomerRole> roles = MethodologyLibrary.rolesOf(model);
		put(counts, "organisation", model.getOrganisation() == null ? 0 : 1);
		put(counts, "role", roles.size());
		put(counts, "role-member", roles.stream().mapToInt(role -> Math.min(200, players(model, role).size())).sum());
		int noRole = (int) model.getCustomers().stream().filter(c -> c.getRoles().isEmpty()).count();
		put(counts, "no-role", noRole > 0 ? 1 : 0);
		put(counts, "customer-in-no-role", Math.min(200, noRole));
		put(counts, "community", model.getCommunities().size());
		put(counts, "toolkit", model.getToolkits().size());
		return counts;
	}

	public static Map<String, Integer> ecosystemEdges(OutsideInModel model) {
		Map<String, Integer> counts = new TreeMap<>();
		List<CustomerRole> roles = MethodologyLibrary.rolesOf(model);
		if (model.getOrganisation() != null) {
			put(counts, "engages-role", (int) roles.stream().filter(role -> !players(model, role).isEmpty()).count());
			put(counts, "runs-community", (int) model.getCommunities().stream()
					.filter(c -> c.getOwnership() == CommunityOwnership.OWN).count());
			put(counts, "offers-toolkit", model.getToolkits().size());
		}
		// A customer is drawn once per role played (once if none): an edge reaches each drawing.
		put(counts, "member", model.getCommunities().stream().flatMap(c -> c.getMembers().stream())
				.mapToInt(customer -> drawings(model, customer)).sum());
		put(counts, "user", model.getToolkits().stream().flatMap(t -> t.getUsers().stream())
				.mapToInt(customer -> drawings(model, customer)).sum());
		return counts;
	}

	public static Map<String, Integer> outcomeNodes(OutsideInModel model) {
		Map<String, Integer> counts = new TreeMap<>();
		List<Outcome> rated = model.getOutcomes().stream().filter(ExpectedDiagramCounts::rated).toList();
		put(counts, "under-served", 1);
		put(counts, "served", 1);
		put(counts, "under-served-outcome", (int) rated.stream().filter(o -> o.getImportance() > o.getSatisfaction()).count());
		put(counts, "served-outcome", (int) rated.stream().filter(o -> o.getImportance() <= o.getSatisfaction()).count());
		int unrated = model.getOutcomes().size() - rated.size();
		put(counts, "not-rated", unrated > 0 ? 1 : 0);
		put(counts, "unrated-outcome", unrated);
		put(counts, "scenario", model.getScenarios().size());
		put(counts, "toolkit", model.getToolkits().size());
		put(counts, "invention", (int) model.getCustomers().stream().mapToLong(c -> c.getInventions().size()).sum());
		return counts;
	}

	public static Map<String, Integer> outcomeEdges(OutsideInModel model) {
		Map<String, Integer> counts = new TreeMap<>();
		put(counts, "scenario-serves", model.getScenarios().stream()
				.mapToInt((Scenario s) -> new LinkedHashSet<>(s.getOutcomes()).size()).sum());
		put(counts, "toolkit-serves", model.getToolkits().stream()
				.mapToInt((InnovationToolkit t) -> new LinkedHashSet<>(t.getOutcomes()).size()).sum());
		put(counts, "invention-serves", (int) model.getCustomers().stream().flatMap(c -> c.getInventions().stream())
				.map(Invention::getOutcome).filter(o -> o != null).count());
		return counts;
	}

	public static Map<String, Integer> engagementNodes(OutsideInModel model) {
		Map<String, Integer> counts = new TreeMap<>();
		List<Employee> employees = model.getOrganisation() == null ? List.of() : model.getOrganisation().getEmployees();
		put(counts, "department", model.getOrganisation() == null ? 0 : model.getOrganisation().getDepartments().size());
		put(counts, "employee", (int) employees.stream().filter(e -> e.getDepartment() != null).count());
		int without = (int) employees.stream().filter(e -> e.getDepartment() == null).count();
		put(counts, "no-department", without > 0 ? 1 : 0);
		put(counts, "employee-without-department", without);
		put(counts, "role", MethodologyLibrary.rolesOf(model).size());
		put(counts, "community", model.getCommunities().size());
		return counts;
	}

	public static Map<String, Integer> engagementEdges(OutsideInModel model) {
		Map<String, Integer> counts = new TreeMap<>();
		List<Employee> employees = model.getOrganisation() == null ? List.of() : model.getOrganisation().getEmployees();
		put(counts, "engages-role", employees.stream().mapToInt(e -> rolesEngaged(model, e).size()).sum());
		put(counts, "takes-part", employees.stream()
				.mapToInt(e -> (int) model.getCommunities().stream().filter(c -> c.getEmployees().contains(e)).count()).sum());
		return counts;
	}

	/** Departments none of whose employees interacts with, monitors or takes part with customers. */
	public static Set<Department> silentDepartments(OutsideInModel model) {
		Set<Department> silent = new LinkedHashSet<>(model.getOrganisation().getDepartments());
		for (Employee employee : model.getOrganisation().getEmployees()) {
			boolean engages = !rolesEngaged(model, employee).isEmpty()
					|| model.getCommunities().stream().anyMatch((Community c) -> c.getEmployees().contains(employee));
			if (engages) {
				silent.remove(employee.getDepartment());
			}
		}
		return silent;
	}

	private static Set<CustomerRole> rolesEngaged(OutsideInModel model, Employee employee) {
		Set<CustomerRole> roles = new LinkedHashSet<>();
		for (Customer customer : model.getCustomers()) {
			for (RoleAssignment assignment : customer.getRoles()) {
				if (assignment.getRole() != null && (assignment.getInteractingEmployees().contains(employee)
						|| assignment.getMonitoringEmployees().contains(employee))) {
					roles.add(assignment.getRole());
				}
			}
		}
		return roles;
	}

	public static List<Customer> players(OutsideInModel model, CustomerRole role) {
		return model.getCustomers().stream()
				.filter(c -> c.getRoles().stream().anyMatch(a -> a.getRole() == role)).toList();
	}

	private static int drawings(OutsideInModel model, Customer customer) {
		if (customer.getRoles().isEmpty()) {
			return 1;
		}
		Set<CustomerRole> roles = new LinkedHashSet<>();
		customer.getRoles().forEach(a -> roles.add(a.getRole()));
		roles.retainAll(MethodologyLibrary.rolesOf(model));
		return roles.size();
	}

	private static boolean rated(Outcome outcome) {
		return outcome.getImportance() != null && outcome.getSatisfaction() != null;
	}

	/** Mappings that draw nothing are absent from a graph's counts; so they are here. */
	private static void put(Map<String, Integer> counts, String mapping, int count) {
		if (count > 0) {
			counts.put(mapping, count);
		}
	}
}
