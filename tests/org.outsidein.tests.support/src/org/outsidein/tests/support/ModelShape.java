package org.outsidein.tests.support;

import static org.outsidein.tests.support.Models.MAKE;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.model.Activity;
import org.outsidein.model.Answer;
import org.outsidein.model.Assessment;
import org.outsidein.model.AssessmentCategory;
import org.outsidein.model.Community;
import org.outsidein.model.CommunityOwnership;
import org.outsidein.model.Customer;
import org.outsidein.model.CustomerKind;
import org.outsidein.model.CustomerRole;
import org.outsidein.model.Department;
import org.outsidein.model.Employee;
import org.outsidein.model.Idea;
import org.outsidein.model.InnovationToolkit;
import org.outsidein.model.Invention;
import org.outsidein.model.InventionStatus;
import org.outsidein.model.Methodology;
import org.outsidein.model.Named;
import org.outsidein.model.NextStep;
import org.outsidein.model.OpenAccessInitiative;
import org.outsidein.model.OpenedAsset;
import org.outsidein.model.Outcome;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.RecognitionKind;
import org.outsidein.model.RecognitionProgramme;
import org.outsidein.model.RelationshipDepth;
import org.outsidein.model.RoleAssignment;
import org.outsidein.model.Scenario;
import org.outsidein.model.ScenarioStep;
import org.outsidein.model.Response;
import org.outsidein.model.ResponseAnswer;
import org.outsidein.model.Segment;
import org.outsidein.model.SegmentRating;
import org.outsidein.model.util.Days;

/**
 * The shapes of model a user can have, written to real files: every command and every report format is run
 * on each. Fresh from {@code outsidein new}, partial, odd, and the ones fuzzing found to break commands.
 */
public enum ModelShape {
	/** Exactly what {@code outsidein new} writes: an organisation with a name, nothing else. */
	FRESH("fresh from outsidein new"),
	/** Sizes, departments and employees; no customer, no assessment. */
	ORGANISATION_ONLY("organisation only"),
	/** Customers in roles, communities, toolkits, scenarios; no self-assessment. */
	CUSTOMERS_NO_ASSESSMENT("customers but no assessment"),
	/** One self-assessment: graded, no trend. */
	ONE_ASSESSMENT("one assessment"),
	/** Two self-assessments: a trend, and next steps of the earlier one superseded. */
	TWO_ASSESSMENTS("two assessments"),
	/** Customers and an assessment, but no employee or department at all. */
	NO_EMPLOYEES("no employees"),
	/** Customer base size and headcount left unset: the rules of thumb cannot be checked. */
	UNKNOWN_WHOLES("customer base size and headcount unknown"),
	/** A customer group of 5,000 in a customer base of 1,000. */
	GROUP_LARGER_THAN_BASE("a customer group larger than the base"),
	/** A second methodology adds the role Ambassadors, which customers play and the assessment answers. */
	EXTRA_ROLE("a methodology with an extra role"),
	/** One assessment, with every name, description and text left empty (the model's name too). */
	EMPTY_TEXTS("all text fields empty"),
	/** A department pointing at a role, an answer's activity at a role, a role at another model's organisation. */
	WRONG_TYPE_REFERENCES("references to elements of the wrong type"),
	/** A role that resolves to nothing in the methodology library. */
	DANGLING_ROLE("a role reference that leads nowhere"),
	/**
	 * The consultant's work: an assessment answered by three people through the questionnaire (one of a department
	 * the model lacks, some "Don't know"), and outcomes rated by a survey, overall and per segment.
	 */
	SURVEYED("a questionnaire answered by three people and a survey of outcomes");

	public static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);
	private static final Pattern DEPARTMENT = Pattern.compile("department=\"[^\"]+\"");
	private static final Pattern ACTIVITY = Pattern.compile("activity=\"platform:[^\"]+\"");
	private static final Pattern ROLE = Pattern.compile("role=\"platform:[^\"]+\"");
	private static final String GUIDES = MethodologyLibrary.OUTSIDE_INNOVATION + "#" + MethodologyLibrary.GUIDES;

	private final String description;

	ModelShape(String description) {
		this.description = description;
	}

	public String description() {
		return description;
	}

	/** The model's file name: fresh.outsidein, one-assessment.outsidein… */
	public String fileName() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".outsidein";
	}

	/** Writes the model (and any file it refers to) into the folder; returns the model file. */
	public Path create(Path folder) throws IOException {
		Path file = folder.resolve(fileName());
		OutsideInModel model = Models.empty(file, "Shape " + description);
		switch (this) {
		case FRESH -> model.setName("Fresh");
		case ORGANISATION_ONLY -> staff(sized(model, 5000, 40));
		case CUSTOMERS_NO_ASSESSMENT -> customers(model, staff(sized(model, 5000, 40)));
		case ONE_ASSESSMENT -> assess(model, "Self-assessment 2026", LocalDate.of(2026, 3, 1),
				customers(model, staff(sized(model, 5000, 40))));
		case TWO_ASSESSMENTS -> {
			Staff staff = customers(model, staff(sized(model, 5000, 40)));
			assess(model, "Self-assessment 2025", LocalDate.of(2025, 3, 1), staff);
			assess(model, "Self-assessment 2026", LocalDate.of(2026, 3, 1), staff);
		}
		case NO_EMPLOYEES -> assess(model, "Self-assessment 2026", LocalDate.of(2026, 3, 1),
				customers(sized(model, 5000, 0), new Staff(null, null, null)));
		case UNKNOWN_WHOLES -> assess(model, "Self-assessment 2026", LocalDate.of(2026, 3, 1),
				customers(model, staff(model)));
		case GROUP_LARGER_THAN_BASE -> {
			Staff staff = customers(model, staff(sized(model, 1000, 40)));
			Customer forum = group(model, "Forum regulars", 5000);
			Models.plays(forum, Models.role(model, MethodologyLibrary.PROMOTERS), staff.careLead());
			assess(model, "Self-assessment 2026", LocalDate.of(2026, 3, 1), staff);
		}
		case EXTRA_ROLE -> extraRole(folder, model);
		case EMPTY_TEXTS -> {
			assess(model, "Self-assessment 2026", LocalDate.of(2026, 3, 1), customers(model, staff(sized(model, 5000, 40))));
			emptyTexts(model);
		}
		case SURVEYED -> surveyed(model, customers(model, staff(sized(model, 5000, 40))));
		case WRONG_TYPE_REFERENCES, DANGLING_ROLE -> assess(model, "Self-assessment 2026", LocalDate.of(2026, 3, 1),
				customers(model, staff(sized(model, 5000, 40))));
		}
		ModelFiles.save(model.eResource(), file);
		if (this == WRONG_TYPE_REFERENCES) {
			Path other = FRESH.create(folder);
			String organisation = ModelFiles.load(other).getOrganisation().getId();
			edit(file, DEPARTMENT, "department=\"" + GUIDES + "\"");
			edit(file, ACTIVITY, "activity=\"" + GUIDES + "\"");
			edit(file, ROLE, "role=\"" + other.getFileName() + "#" + organisation + "\"");
		} else if (this == DANGLING_ROLE) {
			edit(file, ROLE, "role=\"" + MethodologyLibrary.OUTSIDE_INNOVATION + "#role-nobody-plays\"");
		}
		return file;
	}

	/** Who works there: two departments, a care lead, a designer and an executive. */
	private record Staff(Employee careLead, Employee designer, Employee executive) {
	}

	private static OutsideInModel sized(OutsideInModel model, int customerBase, int headcount) {
		model.getOrganisation().setCustomerBaseSize(customerBase);
		model.getOrganisation().setHeadcount(headcount);
		return model;
	}

	private static Staff staff(OutsideInModel model) {
		Department care = Models.department(model, "Customer Care");
		Department design = Models.department(model, "Design");
		Models.department(model, "Finance");
		Employee executive = Models.employee(model, "Mira Holm", design);
		executive.setExecutive(true);
		return new Staff(Models.employee(model, "Ola Berg", care), Models.employee(model, "Ivo Lind", design), executive);
	}

	private static Staff customers(OutsideInModel model, Staff staff) {
		Segment climbers = MAKE.createSegment();
		climbers.setName("Climbers");
		climbers.setSize(800);
		model.getSegments().add(climbers);
		Outcome rope = outcome(model, "Know when a rope is worn out", 9.0, 3.0);
		outcome(model, "Pack a tent in one minute", 7.0, 6.0);
		outcome(model, "Repair gear on the trail", null, null);

		Customer ada = Models.customer(model, "Ada Berg");
		ada.setSegment(climbers);
		RoleAssignment lead = Models.plays(ada, Models.role(model, MethodologyLibrary.LEAD_CUSTOMERS), engaged(staff.careLead()));
		lead.setDepth(RelationshipDepth.COLLABORATING);
		lead.getOutcomes().add(rope);
		Models.plays(ada, Models.role(model, MethodologyLibrary.CONSULTANTS), engaged(staff.designer()));
		Customer club = group(model, "Trail Club", 1200);
		club.setSegment(climbers);
		RoleAssignment guides = Models.plays(club, Models.role(model, MethodologyLibrary.GUIDES));
		if (staff.careLead() != null) {
			guides.getMonitoringEmployees().add(staff.careLead());
		}
		Models.plays(club, Models.role(model, MethodologyLibrary.PROMOTERS));
		Customer ken = Models.customer(model, "Ken Ito");
		ken.setLeadUser(true);
		ken.setCurrentCustomer(false);
		Invention gauge = MAKE.createInvention();
		gauge.setName("Rope wear gauge");
		gauge.setStatus(InventionStatus.PILOTING);
		gauge.setOutcome(rope);
		ken.getInventions().add(gauge);
		Models.plays(ken, Models.role(model, MethodologyLibrary.CONTRIBUTORS));

		InnovationToolkit configurator = MAKE.createInnovationToolkit();
		configurator.setName("Pack configurator");
		configurator.getOutcomes().add(rope);
		configurator.getUsers().add(ada);
		model.getToolkits().add(configurator);
		Community forum = MAKE.createCommunity();
		forum.setName("Cairn forum");
		forum.setOwnership(CommunityOwnership.OWN);
		forum.getMembers().add(club);
		forum.getMembers().add(ada);
		if (staff.executive() != null) {
			forum.getEmployees().add(staff.executive());
		}
		Idea idea = MAKE.createIdea();
		idea.setName("Colour-coded rope ends");
		idea.setProposedBy(ada);
		idea.setOutcome(rope);
		forum.getIdeas().add(idea);
		model.getCommunities().add(forum);
		RecognitionProgramme contest = MAKE.createRecognitionProgramme();
		contest.setName("Best repair contest");
		contest.setKind(RecognitionKind.CONTEST);
		contest.getParticipants().add(club);
		model.getRecognitionProgrammes().add(contest);
		OpenAccessInitiative open = MAKE.createOpenAccessInitiative();
		open.setName("Open pack patterns");
		open.getOpened().add(OpenedAsset.DESIGNS);
		open.getContributors().add(ken);
		model.getOpenInitiatives().add(open);
		Scenario scenario = MAKE.createScenario();
		scenario.setName("Retiring a rope");
		scenario.getOutcomes().add(rope);
		scenario.getCustomers().add(ada);
		scenario.getTodaySteps().add(step("Guess from the feel", "nobody knows how worn it is"));
		scenario.getTodaySteps().add(step("Retire it after two years", "good ropes thrown away"));
		scenario.getIdealSteps().add(step("Read the wear gauge", null));
		model.getScenarios().add(scenario);
		return staff;
	}

	/** The employee as a list entry, or none when the shape has no employees. */
	private static Employee[] engaged(Employee employee) {
		return employee == null ? new Employee[0] : new Employee[] { employee };
	}

	private static Customer group(OutsideInModel model, String name, int size) {
		Customer group = Models.customer(model, name);
		group.setKind(CustomerKind.GROUP);
		group.setGroupSize(size);
		return group;
	}

	private static Outcome outcome(OutsideInModel model, String name, Double importance, Double satisfaction) {
		Outcome outcome = MAKE.createOutcome();
		outcome.setName(name);
		outcome.setImportance(importance);
		outcome.setSatisfaction(satisfaction);
		model.getOutcomes().add(outcome);
		return outcome;
	}

	private static ScenarioStep step(String name, String pain) {
		ScenarioStep step = MAKE.createScenarioStep();
		step.setName(name);
		step.setPainPoint(pain);
		return step;
	}

	/**
	 * Answers for the first activity of every step and role: We Can, a committed We Will, a bare We Will and
	 * We Shoulds, each with a next step due in the summer after the assessment.
	 */
	private static void surveyed(OutsideInModel model, Staff staff) {
		Assessment assessment = assess(model, "Leadership survey 2026", LocalDate.of(2026, 10, 1), staff);
		AssessmentCategory[][] said = {
				{ AssessmentCategory.WE_CAN, AssessmentCategory.WE_WILL, AssessmentCategory.NOT_ASSESSED },
				{ AssessmentCategory.WE_CAN, AssessmentCategory.WE_SHOULD, AssessmentCategory.WE_SHOULD },
				{ AssessmentCategory.WE_WILL, AssessmentCategory.WE_WILL, AssessmentCategory.NOT_ASSESSED } };
		String[] respondents = { "Ida Care", "Dan Design", "Board member" };
		Department[] departments = { staff.careLead().getDepartment(), staff.designer().getDepartment(), null };
		for (int r = 0; r < respondents.length; r++) {
			Response response = MAKE.createResponse();
			response.setRespondent(respondents[r]);
			response.setDepartment(departments[r]);
			response.setDepartmentName(departments[r] == null ? "The Board" : null);
			response.setAnswered(Days.date(LocalDate.of(2026, 9, 20 + r)));
			response.setSource("answers-" + r + ".json");
			for (int a = 0; a < said[r].length && a < assessment.getAnswers().size(); a++) {
				ResponseAnswer answer = MAKE.createResponseAnswer();
				answer.setActivity(assessment.getAnswers().get(a).getActivity());
				answer.setCategory(said[r][a]);
				answer.setPlan(r == 1 ? "A plan" : null);
				response.getAnswers().add(answer);
			}
			assessment.getResponses().add(response);
		}
		for (Outcome outcome : model.getOutcomes()) {
			if (outcome.getImportance() != null) {
				outcome.setRespondents(outcome.getName().startsWith("Know") ? 120 : 12);
				SegmentRating rating = MAKE.createSegmentRating();
				rating.setSegment(model.getSegments().get(0));
				rating.setImportance(10.0);
				rating.setSatisfaction(2.5);
				rating.setRespondents(8);
				outcome.getSegmentRatings().add(rating);
			}
		}
	}

	private static Assessment assess(OutsideInModel model, String name, LocalDate date, Staff staff) {
		Assessment assessment = Models.assessment(model, name, date);
		AssessmentCategory[] cycle = { AssessmentCategory.WE_CAN, AssessmentCategory.WE_WILL, AssessmentCategory.WE_WILL,
				AssessmentCategory.WE_SHOULD };
		int i = 0;
		for (Methodology methodology : model.getMethodologies()) {
			for (CustomerRole role : methodology.getRoles()) {
				answerFirst(assessment, role.getActivities().get(0), cycle[i++ % cycle.length], date, staff);
			}
			methodology.getSteps().forEach(step -> {
				if (!step.getActivities().isEmpty()) {
					answerFirst(assessment, step.getActivities().get(0), AssessmentCategory.WE_SHOULD, date, staff);
				}
			});
		}
		return assessment;
	}

	private static void answerFirst(Assessment assessment, Activity activity, AssessmentCategory category, LocalDate date,
			Staff staff) {
		Answer answer = Models.answer(assessment, activity, category);
		if (category == AssessmentCategory.WE_WILL && assessment.getAnswers().size() % 2 == 0) {
			answer.setPlan("Pilot with the forum");
			answer.setBudget(new BigDecimal("12000"));
			answer.setDeliveryDate(Days.date(date.plusMonths(9)));
		}
		NextStep step = Models.nextStep(answer, staff.designer(), date.plusMonths(4));
		step.setAction("Agree the next step for " + activity.getName());
	}

	private static void extraRole(Path folder, OutsideInModel model) throws IOException {
		Resource methodologyFile = model.eResource().getResourceSet()
				.createResource(URI.createFileURI(folder.resolve("ambassadors.outsidein").toString()));
		Methodology ambassadors = MAKE.createMethodology();
		ambassadors.setName("Ambassadors extension");
		CustomerRole role = MAKE.createCustomerRole();
		role.setName("Ambassadors");
		Activity activity = MAKE.createActivity();
		activity.setName("Invite ambassadors to launches");
		role.getActivities().add(activity);
		ambassadors.getRoles().add(role);
		methodologyFile.getContents().add(ambassadors);
		ModelFiles.save(methodologyFile, folder.resolve("ambassadors.outsidein"));
		model.getMethodologies().add(ambassadors);
		Staff staff = customers(model, staff(sized(model, 5000, 40)));
		Customer vera = Models.customer(model, "Vera Ambassador");
		Models.plays(vera, role, staff.careLead());
		assess(model, "Self-assessment 2026", LocalDate.of(2026, 3, 1), staff);
	}

	private static void emptyTexts(OutsideInModel model) {
		model.setName(null);
		model.setDescription(null);
		for (Iterator<EObject> all = model.eAllContents(); all.hasNext();) {
			EObject element = all.next();
			if (element instanceof Named named) {
				named.setName(null);
				named.setDescription(null);
			}
			if (element instanceof NextStep step) {
				step.setAction(null);
			}
			if (element instanceof Answer answer) {
				answer.setPlan(null);
			}
			if (element instanceof ScenarioStep step) {
				step.setPainPoint(null);
			}
			if (element instanceof Employee employee) {
				employee.setJobTitle(null);
			}
		}
	}

	private static void edit(Path file, Pattern pattern, String replacement) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		Matcher matcher = pattern.matcher(text);
		if (!matcher.find()) {
			throw new IllegalStateException(file + " has nothing matching " + pattern);
		}
		Files.writeString(file, matcher.replaceFirst(Matcher.quoteReplacement(replacement)), StandardCharsets.UTF_8);
	}
}
