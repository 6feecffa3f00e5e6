package org.outsidein.tests.support;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.core.resource.NewModels;
import org.outsidein.model.Activity;
import org.outsidein.model.Answer;
import org.outsidein.model.Assessment;
import org.outsidein.model.AssessmentCategory;
import org.outsidein.model.Customer;
import org.outsidein.model.CustomerRole;
import org.outsidein.model.Department;
import org.outsidein.model.Employee;
import org.outsidein.model.NextStep;
import org.outsidein.model.OutsideInFactory;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.RoleAssignment;
import org.outsidein.model.util.Days;

/** Small models built in memory, wired to the built-in methodology, for tests. */
public final class Models {

	public static final OutsideInFactory MAKE = OutsideInFactory.eINSTANCE;

	private Models() {
	}

	/** A model as {@code outsidein new} makes it, in a resource for the given file (nothing written). */
	public static OutsideInModel empty(Path file, String name) {
		Resource resource = NewModels.create(ModelFiles.newResourceSet(), file, name);
		return (OutsideInModel) resource.getContents().get(0);
	}

	public static OutsideInModel empty() {
		return empty(Path.of("test.outsidein"), "Test");
	}

	public static CustomerRole role(OutsideInModel model, String id) {
		return MethodologyLibrary.role(model, id).orElseThrow();
	}

	public static Customer customer(OutsideInModel model, String name) {
		Customer customer = MAKE.createCustomer();
		customer.setName(name);
		model.getCustomers().add(customer);
		return customer;
	}

	public static RoleAssignment plays(Customer customer, CustomerRole role, Employee... engaged) {
		RoleAssignment assignment = MAKE.createRoleAssignment();
		assignment.setRole(role);
		assignment.getInteractingEmployees().addAll(List.of(engaged));
		customer.getRoles().add(assignment);
		return assignment;
	}

	public static Department department(OutsideInModel model, String name) {
		Department department = MAKE.createDepartment();
		department.setName(name);
		model.getOrganisation().getDepartments().add(department);
		return department;
	}

	public static Employee employee(OutsideInModel model, String name, Department department) {
		Employee employee = MAKE.createEmployee();
		employee.setName(name);
		employee.setDepartment(department);
		model.getOrganisation().getEmployees().add(employee);
		return employee;
	}

	public static Assessment assessment(OutsideInModel model, String name, LocalDate date) {
		Assessment assessment = MAKE.createAssessment();
		assessment.setName(name);
		assessment.setDate(Days.date(date));
		model.getAssessments().add(assessment);
		return assessment;
	}

	public static Answer answer(Assessment assessment, Activity activity, AssessmentCategory category) {
		Answer answer = MAKE.createAnswer();
		answer.setActivity(activity);
		answer.setCategory(category);
		assessment.getAnswers().add(answer);
		return answer;
	}

	public static NextStep nextStep(Answer answer, Employee responsible, LocalDate deadline) {
		NextStep step = MAKE.createNextStep();
		step.setAction("Do it");
		step.setResponsible(responsible);
		step.setDeadline(Days.date(deadline));
		answer.setNextStep(step);
		return step;
	}
}
