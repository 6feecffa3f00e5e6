package org.outsidein.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.outsidein.validation.internal.TestModels.AS_OF;
import static org.outsidein.tests.support.Models.MAKE;
import static org.outsidein.tests.support.Models.answer;
import static org.outsidein.tests.support.Models.assessment;
import static org.outsidein.tests.support.Models.customer;
import static org.outsidein.tests.support.Models.department;
import static org.outsidein.tests.support.Models.employee;
import static org.outsidein.validation.internal.TestModels.findings;
import static org.outsidein.tests.support.Models.nextStep;
import static org.outsidein.tests.support.Models.plays;
import static org.outsidein.tests.support.Models.role;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.model.util.Days;
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
import org.outsidein.model.InnovationToolkit;
import org.outsidein.model.Invention;
import org.outsidein.model.Outcome;
import org.outsidein.model.OutsideInModel;
import org.outsidein.tests.support.Models;
import org.outsidein.model.Scenario;
import org.outsidein.validation.Issue;
import org.outsidein.validation.Severity;

/** Each built-in rule, made to fire and kept quiet. */
class BuiltInRulesTest {

	private final OutsideInModel model = Models.empty();

	private List<String> messages(String rule) {
		return findings(model, rule).stream().map(Issue::message).toList();
	}

	@Nested
	class CustomerShare {
		private static final String RULE = "outsidein.customer-share";

		@Test
		void firesBelowTenPercent() {
			model.getOrganisation().setCustomerBaseSize(1000);
			Customer group = customer(model, "Forum regulars");
			group.setKind(CustomerKind.GROUP);
			group.setGroupSize(99);
			plays(group, role(model, MethodologyLibrary.GUIDES));
			assertEquals(List.of("Only 9.9 % (99 of 1,000) of the customer base is active in a customer role; the"
					+ " rule of thumb is at least 10 %"), messages(RULE));
		}

		@Test
		void quietAtTenPercent() {
			model.getOrganisation().setCustomerBaseSize(10);
			plays(customer(model, "Ada"), role(model, MethodologyLibrary.GUIDES));
			assertEquals(List.of(), messages(RULE));
		}

		@Test
		void saysWhenTheCustomerBaseIsUnknown() {
			assertEquals(1, messages(RULE).size());
			assertEquals("The share of customers active in a role is unknown \u2014 set the customer base size, so the 10 %"
					+ " rule cannot be checked", messages(RULE).get(0));
		}
	}

	@Nested
	class EmployeeShareAndDepartments {
		@Test
		void firesBelowThirtyPercentAndNamesTheIdleDepartment() {
			model.getOrganisation().setHeadcount(10);
			Department sales = department(model, "Sales");
			department(model, "Finance");
			Employee ann = employee(model, "Ann", sales);
			plays(customer(model, "Ada"), role(model, MethodologyLibrary.GUIDES), ann);
			assertEquals(List.of("Only 10.0 % (1 of 10) of employees interact with or monitor customers in a role;"
					+ " the rule of thumb is at least 30 %"), messages("outsidein.employee-share"));
			assertEquals(List.of("Nobody in Finance interacts with or monitors a customer in a role"),
					messages("outsidein.department-engagement"));
		}

		@Test
		void quietWhenEnoughAreEngaged() {
			model.getOrganisation().setHeadcount(3);
			Department sales = department(model, "Sales");
			Employee ann = employee(model, "Ann", sales);
			plays(customer(model, "Ada"), role(model, MethodologyLibrary.GUIDES), ann);
			assertEquals(List.of(), messages("outsidein.employee-share"));
			assertEquals(List.of(), messages("outsidein.department-engagement"));
		}
	}

	@Nested
	class UnplayedRole {
		private static final String RULE = "outsidein.role-unplayed";

		@Test
		void firesForEachUnplayedStandardRoleAndStressesGuides() {
			plays(customer(model, "Ada"), role(model, MethodologyLibrary.PROMOTERS));
			List<String> messages = messages(RULE);
			assertEquals(4, messages.size());
			String guides = messages.stream().filter(m -> m.contains("Guides")).findFirst().orElseThrow();
			assertTrue(guides.contains("Guides are the most neglected role"), guides);
		}

		@Test
		void quietWhenAllFiveArePlayed() {
			Customer ada = customer(model, "Ada");
			MethodologyLibrary.STANDARD_ROLES.forEach(id -> plays(ada, role(model, id)));
			assertEquals(List.of(), messages(RULE));
		}
	}

	@Nested
	class UnassessedRole {
		private static final String RULE = "outsidein.role-unassessed";

		@Test
		void firesWhenNoActivityOfAPlayedRoleIsAssessedInTheLatestAssessment() {
			CustomerRole guides = role(model, MethodologyLibrary.GUIDES);
			plays(customer(model, "Ada"), guides);
			Assessment old = assessment(model, "2025", AS_OF.minusYears(1));
			answer(old, guides.getActivities().get(0), AssessmentCategory.WE_CAN);
			Assessment latest = assessment(model, "2026", AS_OF.minusDays(1));
			answer(latest, guides.getActivities().get(0), AssessmentCategory.NOT_ASSESSED);
			assertEquals(List.of("1 customer plays Guides, but none of its activities is assessed in '2026'"),
					messages(RULE));
		}

		@Test
		void quietWhenOneActivityIsAssessed() {
			CustomerRole guides = role(model, MethodologyLibrary.GUIDES);
			plays(customer(model, "Ada"), guides);
			answer(assessment(model, "2026", AS_OF), guides.getActivities().get(1), AssessmentCategory.WE_SHOULD);
			assertEquals(List.of(), messages(RULE));
		}
	}

	@Nested
	class AnswersAndNextSteps {
		private Assessment latest;
		private Employee ann;

		private Answer answerOn(int activity, AssessmentCategory category) {
			if (latest == null) {
				latest = assessment(model, "2026", AS_OF.minusMonths(3));
				ann = employee(model, "Ann", department(model, "Sales"));
			}
			return answer(latest, role(model, MethodologyLibrary.GUIDES).getActivities().get(activity), category);
		}

		@Test
		void weWillNeedsPlanBudgetAndDate() {
			Answer incomplete = answerOn(0, AssessmentCategory.WE_WILL);
			incomplete.setPlan("Pilot in one store");
			Answer complete = answerOn(1, AssessmentCategory.WE_WILL);
			complete.setPlan("Roll out");
			complete.setBudget(new BigDecimal("12000"));
			complete.setDeliveryDate(Days.date(AS_OF.plusMonths(6)));
			assertEquals(List.of("We Will on 'Let experienced customers guide newcomers' has no budget, no delivery date"),
					messages("outsidein.we-will-plan"));
			assertEquals("add-we-will-plan", findings(model, "outsidein.we-will-plan").get(0).fixId());
		}

		@Test
		void onlyTheLatestAssessmentIsHeldToIt() {
			Answer old = answer(assessment(model, "2020", AS_OF.minusYears(6)),
					role(model, MethodologyLibrary.GUIDES).getActivities().get(0), AssessmentCategory.WE_WILL);
			assessment(model, "2026", AS_OF);
			assertEquals(List.of(), messages("outsidein.we-will-plan"));
			assertEquals(List.of(), messages("outsidein.answer-next-step"));
			assertTrue(old.getNextStep() == null);
		}

		@Test
		void anAssessedAnswerNeedsANextStep() {
			answerOn(0, AssessmentCategory.WE_CAN);
			nextStep(answerOn(1, AssessmentCategory.WE_SHOULD), ann, AS_OF.plusDays(10));
			answerOn(2, AssessmentCategory.NOT_ASSESSED);
			assertEquals(List.of("We Can answer on 'Let experienced customers guide newcomers' has no next step"),
					messages("outsidein.answer-next-step"));
			assertEquals(Severity.INFO, findings(model, "outsidein.answer-next-step").get(0).severity());
		}

		@Test
		void aNextStepNeedsAnOwnerAndADeadline() {
			nextStep(answerOn(0, AssessmentCategory.WE_CAN), null, null);
			nextStep(answerOn(1, AssessmentCategory.WE_CAN), ann, null);
			nextStep(answerOn(2, AssessmentCategory.WE_CAN), ann, AS_OF.plusDays(1));
			assertEquals(List.of("The next step for 'Let experienced customers guide newcomers' has nobody responsible"),
					messages("outsidein.next-step-owner"));
			assertEquals(List.of("The next step for 'Let experienced customers guide newcomers' has no deadline",
					"The next step for 'Equip guides' has no deadline"), messages("outsidein.next-step-deadline"),
					"a missing deadline has a rule of its own");
		}

		@Test
		void aNextStepPastItsDeadlineAndNotDoneIsOverdue() {
			nextStep(answerOn(0, AssessmentCategory.WE_CAN), ann, AS_OF.minusDays(30));
			nextStep(answerOn(1, AssessmentCategory.WE_CAN), ann, AS_OF).setDone(false);
			nextStep(answerOn(2, AssessmentCategory.WE_CAN), ann, AS_OF.minusDays(2)).setDone(true);
			assertEquals(List.of("The next step for 'Let experienced customers guide newcomers' was due on 2026-05-31"
					+ " (30 days ago) and is not done; responsible: Ann"), messages("outsidein.next-step-overdue"));
		}
	}

	@Nested
	class Outcomes {
		private Outcome outcome(String name, Double importance, Double satisfaction) {
			Outcome outcome = MAKE.createOutcome();
			outcome.setName(name);
			outcome.setImportance(importance);
			outcome.setSatisfaction(satisfaction);
			model.getOutcomes().add(outcome);
			return outcome;
		}

		@Test
		void unratedOutcomesHaveNoScore() {
			outcome("Dry feet", 8.0, null);
			outcome("Warm hands", null, null);
			outcome("Light pack", 7.0, 3.0);
			assertEquals(List.of("Outcome 'Dry feet' has no satisfaction, so it has no opportunity score",
					"Outcome 'Warm hands' has neither importance nor satisfaction, so it has no opportunity score"),
					messages("outsidein.outcome-unrated"));
		}

		@Test
		void ratingsStayWithinZeroToTen() {
			outcome("Dry feet", 11.0, -1.0);
			outcome("Light pack", 10.0, 0.0);
			assertEquals(List.of("Outcome 'Dry feet' has importance 11.0; ratings go from 0 to 10",
					"Outcome 'Dry feet' has satisfaction -1.0; ratings go from 0 to 10"), messages("outsidein.outcome-range"));
			assertEquals(Severity.ERROR, findings(model, "outsidein.outcome-range").get(0).severity());
		}
	}

	@Test
	void aScenarioNeedsItsIdeal() {
		Scenario today = MAKE.createScenario();
		today.setName("Storm camp");
		today.getTodaySteps().add(MAKE.createScenarioStep());
		Scenario complete = MAKE.createScenario();
		complete.setName("Rope retirement");
		complete.getIdealSteps().add(MAKE.createScenarioStep());
		model.getScenarios().addAll(List.of(today, complete));
		assertEquals(List.of("Scenario 'Storm camp' describes today but not the ideal"), messages("outsidein.scenario-ideal"));
	}

	@Test
	void aLeadCustomerMustBeACurrentCustomer() {
		Customer current = customer(model, "Current");
		plays(current, role(model, MethodologyLibrary.LEAD_CUSTOMERS));
		Customer outsider = customer(model, "Outsider");
		outsider.setCurrentCustomer(false);
		plays(outsider, role(model, MethodologyLibrary.LEAD_CUSTOMERS));
		Customer leadUser = customer(model, "Inventor");
		leadUser.setCurrentCustomer(false);
		leadUser.setLeadUser(true);
		plays(leadUser, role(model, MethodologyLibrary.CONTRIBUTORS));
		assertEquals(List.of("Customer 'Outsider' plays the Lead Customers role but is not a current customer. Lead"
				+ " customers are current customers; someone ahead of the market who is not one is a lead user (mark them"
				+ " as one), or the customer flag is wrong"), messages("outsidein.lead-customer-not-current"));
	}

	@Test
	void aLeadUserNeedsAnInventionAndAnOutcome() {
		Customer bare = customer(model, "Bare");
		bare.setLeadUser(true);
		Customer documented = customer(model, "Documented");
		documented.setLeadUser(true);
		Invention invention = MAKE.createInvention();
		Outcome outcome = MAKE.createOutcome();
		model.getOutcomes().add(outcome);
		invention.setOutcome(outcome);
		documented.getInventions().add(invention);
		customer(model, "Not a lead user");
		assertEquals(List.of("Lead user 'Bare' has no recorded invention", "Lead user 'Bare' is linked to no outcome"),
				messages("outsidein.lead-user-evidence"));
	}

	@Test
	void aToolkitServesOutcomes() {
		InnovationToolkit idle = MAKE.createInnovationToolkit();
		idle.setName("Frame kit");
		InnovationToolkit serving = MAKE.createInnovationToolkit();
		Outcome outcome = MAKE.createOutcome();
		model.getOutcomes().add(outcome);
		serving.getOutcomes().add(outcome);
		model.getToolkits().addAll(List.of(idle, serving));
		assertEquals(List.of("Toolkit 'Frame kit' serves no outcome"), messages("outsidein.toolkit-outcome"));
	}

	@Test
	void ownCommunitiesNeedEmployeesAndAnExecutive() {
		Employee staff = employee(model, "Sam", null);
		Employee boss = employee(model, "Chris", null);
		boss.setExecutive(true);
		Community empty = community("Empty", CommunityOwnership.OWN);
		Community staffOnly = community("Staff only", CommunityOwnership.OWN);
		staffOnly.getEmployees().add(staff);
		Community led = community("Led", CommunityOwnership.OWN);
		led.getEmployees().addAll(List.of(staff, boss));
		community("Someone else's forum", CommunityOwnership.EXISTING);
		assertEquals(List.of("No employee takes part in the community 'Empty'",
				"No executive takes part in the community 'Staff only'"), messages("outsidein.community-employees"));
		assertTrue(empty.getEmployees().isEmpty());
	}

	private Community community(String name, CommunityOwnership ownership) {
		Community community = MAKE.createCommunity();
		community.setName(name);
		community.setOwnership(ownership);
		model.getCommunities().add(community);
		return community;
	}

	@Test
	void aCustomerLinkedToNothingIsAnOrphan() {
		customer(model, "Orphan");
		plays(customer(model, "Player"), role(model, MethodologyLibrary.GUIDES));
		community("Club", CommunityOwnership.OWN).getMembers().add(customer(model, "Member"));
		assertEquals(List.of("Customer 'Orphan' plays no role and takes part in no community, toolkit, scenario or"
				+ " programme"), messages("outsidein.customer-orphan"));
	}

	@Test
	void duplicateNamesAmongCustomersAndOutcomes() {
		customer(model, "Anna Berg");
		customer(model, "anna  berg ");
		customer(model, "Anne Berg");
		Outcome one = MAKE.createOutcome();
		one.setName("Dry feet");
		Outcome two = MAKE.createOutcome();
		two.setName("Dry Feet");
		model.getOutcomes().addAll(List.of(one, two));
		assertEquals(List.of("Two customers are called 'anna  berg '", "Two outcomes are called 'Dry Feet'"),
				messages("outsidein.duplicate-names"));
	}

	@Test
	void duplicateIdsAreErrors() {
		customer(model, "Ada").setId("same");
		customer(model, "Bea").setId("same");
		customer(model, "Cy").setId("other");
		assertEquals(List.of("Customer 'Bea' has the id 'same', already used by Customer 'Ada'"),
				messages("outsidein.duplicate-ids"));
	}

	@Test
	void theStructuralRulesAreQuietOnACleanModel() {
		customer(model, "Ada");
		assertEquals(List.of(), messages("outsidein.duplicate-ids"));
		assertEquals(List.of(), messages("outsidein.duplicate-names"));
		assertEquals(List.of(), messages("outsidein.dangling-reference"));
	}
}
