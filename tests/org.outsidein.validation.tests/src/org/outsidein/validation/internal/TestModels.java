package org.outsidein.validation.internal;

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
import org.outsidein.validation.Issue;
import org.outsidein.validation.RuleProfile;
import org.outsidein.validation.ValidationResult;
import org.outsidein.validation.ValidationService;

/** Small models built in memory, wired to the built-in methodology, for rule tests. */
final class TestModels {

	static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
	static final OutsideInFactory MAKE = OutsideInFactory.eINSTANCE;

	private TestModels() {
	}

	static OutsideInModel empty() {
		Resource resource = NewModels.create(ModelFiles.newResourceSet(), Path.of("test.outsidein"), "Test");
		return (OutsideInModel) resource.getContents().get(0);
	}

	static CustomerRole role(OutsideInModel model, String id) {
		return MethodologyLibrary.role(model, id).orElseThrow();
	}

	static Customer customer(OutsideInModel model, String name) {
		Customer customer = MAKE.createCustomer();
		customer.setName(name);
		model.getCustomers().add(customer);
		return customer;
	}

	static RoleAssignment plays(Customer customer, CustomerRole role, Employee... engaged) {
		RoleAssignment assignment = MAKE.createRoleAssignment();
		assignment.setRole(role);
		assignment.getInteractingEmployees().addAll(List.of(engaged));
		customer.getRoles().add(assignment);
		return assignment;
	}

	static Department department(OutsideInModel model, String name) {
		Department department = MAKE.createDepartment();
		department.setName(name);
		model.getOrganisation().getDepartments().add(department);
		return department;
	}

	static Employee employee(OutsideInModel model, String name, Department department) {
		Employee employee = MAKE.createEmployee();
		employee.setName(name);
		employee.setDepartment(department);
		model.getOrganisation().getEmployees().add(employee);
		return employee;
	}

	static Assessment assessment(OutsideInModel model, String name, LocalDate date) {
		Assessment assessment = MAKE.createAssessment();
		assessment.setName(name);
		assessment.setDate(date);
		model.getAssessments().add(assessment);
		return assessment;
	}

	static Answer answer(Assessment assessment, Activity activity, AssessmentCategory category) {
		Answer answer = MAKE.createAnswer();
		answer.setActivity(activity);
		answer.setCategory(category);
		assessment.getAnswers().add(answer);
		return answer;
	}

	static NextStep nextStep(Answer answer, Employee responsible, LocalDate deadline) {
		NextStep step = MAKE.createNextStep();
		step.setAction("Do it");
		step.setResponsible(responsible);
		step.setDeadline(deadline);
		answer.setNextStep(step);
		return step;
	}

	/** The findings of one rule on the model. */
	static List<Issue> findings(OutsideInModel model, String ruleId) {
		ValidationService service = ValidationService.fromExtensions();
		ValidationResult result = service.validate(model, AS_OF, RuleProfile.DEFAULTS, null);
		return result.issues().stream().filter(issue -> issue.ruleId().equals(ruleId)).toList();
	}
}
