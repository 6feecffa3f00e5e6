package org.outsidein.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.outsidein.model.Answer;
import org.outsidein.model.AssessmentCategory;
import org.outsidein.model.OutsideInFactory;
import org.outsidein.model.OutsideInModel;
import org.outsidein.reports.maturity.AnswerPoints;
import org.outsidein.reports.maturity.AreaScore;
import org.outsidein.reports.maturity.AssessmentComparison;
import org.outsidein.reports.maturity.MaturityLevel;

/**
 * The maturity model of docs/maturity-model.md on the example, against figures worked out by hand from the
 * example's answers and records.
 */
class MaturityModelTest {

	private static OutsideInModel model;
	private static ReportInput input;

	@BeforeAll
	static void prepare() throws Exception {
		model = ExampleReports.load();
		input = ExampleReports.input(model);
	}

	@Test
	void answersAreWorthWhatTheModelSays() {
		Answer answer = OutsideInFactory.eINSTANCE.createAnswer();
		assertEquals(0, AnswerPoints.of(answer));
		answer.setCategory(AssessmentCategory.WE_SHOULD);
		assertEquals(0.25, AnswerPoints.of(answer));
		answer.setCategory(AssessmentCategory.WE_WILL);
		assertEquals(0.25, AnswerPoints.of(answer), "a We Will without plan, budget and date is a We Should");
		answer.setPlan("Pilot");
		answer.setBudget(new BigDecimal("5000"));
		answer.setDeliveryDate(LocalDate.of(2027, 1, 1));
		assertEquals(0.5, AnswerPoints.of(answer));
		answer.setCategory(AssessmentCategory.WE_CAN);
		assertEquals(1.0, AnswerPoints.of(answer));
	}

	@Test
	void levelsAreBandsOfTwenty() {
		assertEquals(MaturityLevel.INITIAL, MaturityLevel.of(0));
		assertEquals(MaturityLevel.INITIAL, MaturityLevel.of(19.99));
		assertEquals(MaturityLevel.EXPLORING, MaturityLevel.of(20));
		assertEquals(MaturityLevel.EMBEDDED, MaturityLevel.of(79.9));
		assertEquals(MaturityLevel.CUSTOMER_LED, MaturityLevel.of(80));
		assertEquals(MaturityLevel.CUSTOMER_LED, MaturityLevel.of(100));
	}

	@Test
	void stepsOfTheLatestAssessment() {
		List<AreaScore> steps = input.maturity().steps();
		assertEquals("Self-assessment 2026", input.maturity().assessment().getName());
		// Step 1: We Will, We Can, We Can, We Will (both committed) = (0.5 + 1 + 1 + 0.5) / 4 = 75; both
		// pieces of evidence hold (Lead Customers played, inventions piloting): 0.7 × 75 + 0.3 × 100 = 82.5.
		assertEquals(75, steps.get(0).practice().value(), 1e-9);
		assertEquals(100, steps.get(0).evidence().value(), 1e-9);
		assertEquals(82.5, steps.get(0).combined().value(), 1e-9);
		// Step 5: We Should, We Will, We Should, We Should = (0.25 + 0.5 + 0.25 + 0.25) / 4 = 31.25.
		assertEquals(31.25, steps.get(4).practice().value(), 1e-9);
		assertEquals(51.875, steps.get(4).combined().value(), 1e-9);
		assertEquals("0.7 × 31.25 (practice) + 0.3 × 100 (evidence) = 51.88", steps.get(4).combined().arithmetic());
	}

	@Test
	void rolesWeighPracticeAndRelationships() {
		AreaScore lead = input.maturity().roles().get(0);
		// We Can, We Can, We Can, and a We Will without a budget (0.25): 3.25 / 4 = 81.25.
		assertEquals(81.25, lead.practice().value(), 1e-9);
		// 8 lead customers, all collaborating or partnering: 100.
		assertEquals(86.875, lead.combined().value(), 1e-9);
		AreaScore guides = input.maturity().roles().get(3);
		// We Will, We Should, We Should = 1 / 3; 7 of 32 guide relationships are close: evidence 50.
		assertEquals(100.0 / 3, guides.practice().value(), 1e-9);
		assertEquals(50, guides.evidence().value(), 1e-9);
	}

	@Test
	void overallCombinesStepsRolesAndEngagement() {
		// Engagement: 10 % rule met (100), 17/64 = 26.5625 % against 30 % (88.54), 5 of 6 departments
		// (83.33), 5 of 5 roles played (100); a quarter each = 92.97.
		assertEquals(92.97, input.maturity().engagement().value(), 0.005);
		// 0.4 × 77.25 (steps) + 0.4 × 68.54 (roles) + 0.2 × 92.97 = 76.91: level 4, Embedded.
		assertEquals(76.91, input.maturity().overall().value(), 0.005);
		assertEquals(MaturityLevel.EMBEDDED, input.maturity().level());
	}

	@Test
	void comparesWithThePreviousAssessment() {
		AssessmentComparison comparison = input.comparison();
		assertEquals("Self-assessment 2025", comparison.before().assessment().getName());
		// Of the 36 activities, 27 rank higher in 2026, none lower; 6 We Wills became We Cans.
		assertEquals(27, comparison.movedUp().size());
		assertEquals(0, comparison.movedDown().size());
		assertEquals(6, comparison.delivered().size());
		assertTrue(comparison.delivered().stream().allMatch(c -> c.from() == AssessmentCategory.WE_WILL
				&& c.to() == AssessmentCategory.WE_CAN));
		assertEquals(20, comparison.overdue().size(), "all next steps overdue as of 2026-11-25 belong to the two");
	}

	@Test
	void aModelWithoutAssessmentsScoresPracticeZero() {
		OutsideInModel empty = OutsideInFactory.eINSTANCE.createOutsideInModel();
		empty.getMethodologies().addAll(model.getMethodologies());
		empty.setOrganisation(OutsideInFactory.eINSTANCE.createOrganisation());
		var maturity = org.outsidein.reports.maturity.MaturityModel.assess(empty, null);
		assertNull(maturity.assessment());
		assertTrue(maturity.steps().stream().allMatch(s -> s.practice().value() == 0));
		assertEquals(MaturityLevel.INITIAL, maturity.level());
	}
}
