package org.outsidein.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.outsidein.core.library.MethodologyScoring;
import org.outsidein.model.Answer;
import org.outsidein.model.AssessmentCategory;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.outsidein.model.MaturityLevel;
import org.outsidein.model.Methodology;
import org.outsidein.model.OutsideInFactory;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.Scoring;
import org.outsidein.model.util.Days;
import org.outsidein.reports.maturity.AnswerPoints;
import org.outsidein.reports.maturity.AreaScore;
import org.outsidein.reports.maturity.AssessmentComparison;
import org.outsidein.reports.maturity.Maturity;
import org.outsidein.reports.maturity.MaturityModel;
import org.outsidein.tests.support.Models;

/**
 * The maturity model of docs/maturity-model.md on the example, against figures worked out by hand from the
 * example's answers and records, with the numbers of the built-in methodology's scoring.
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
	void answersAreWorthWhatTheMethodologySays() {
		Scoring scoring = MethodologyScoring.of(model);
		Answer answer = OutsideInFactory.eINSTANCE.createAnswer();
		assertEquals(0, AnswerPoints.of(answer, scoring));
		answer.setCategory(AssessmentCategory.WE_SHOULD);
		assertEquals(0.25, AnswerPoints.of(answer, scoring));
		answer.setCategory(AssessmentCategory.WE_WILL);
		assertEquals(0.25, AnswerPoints.of(answer, scoring), "a We Will without plan, budget and date is a We Should");
		answer.setPlan("Pilot");
		answer.setBudget(new BigDecimal("5000"));
		answer.setDeliveryDate(Days.date(LocalDate.of(2027, 1, 1)));
		assertEquals(0.5, AnswerPoints.of(answer, scoring));
		answer.setCategory(AssessmentCategory.WE_CAN);
		assertEquals(1.0, AnswerPoints.of(answer, scoring));
	}

	@Test
	void theLevelsAreTheMethodologysData() {
		List<MaturityLevel> levels = MethodologyScoring.of(model).getLevels();
		assertEquals(List.of("Initial", "Exploring", "Practising", "Embedded", "Customer-led"),
				levels.stream().map(MaturityLevel::getName).toList());
		assertEquals(List.of(0.0, 20.0, 40.0, 60.0, 80.0), levels.stream().map(MaturityLevel::getMinimumScore).toList());
	}

	@Test
	void stepsOfTheLatestAssessment() {
		List<AreaScore> steps = input.maturity().steps();
		assertEquals("Self-assessment 2026", input.maturity().assessment().getName());
		// Step 1: We Will, We Can, We Can, We Will (both committed) = (0.5 + 1 + 1 + 0.5) / 4 = 75. Evidence: 8
		// customers play Lead Customers and 5 inventions are piloted or commercialised, both at least the 5 that
		// count in full: 100. Combined 0.7 × 75 + 0.3 × 100 = 82.5.
		assertEquals(75, steps.get(0).practice().value(), 1e-9);
		assertEquals(100, steps.get(0).evidence().value(), 1e-9);
		assertEquals(82.5, steps.get(0).combined().value(), 1e-9);
		// Step 5: We Should, We Will, We Should, We Should = (0.25 + 0.5 + 0.25 + 0.25) / 4 = 31.25. Evidence: 2
		// open-access initiatives (2 of 5: 40) and 3 customers contributing (3 of 5: 60): 50.
		assertEquals(31.25, steps.get(4).practice().value(), 1e-9);
		assertEquals(50, steps.get(4).evidence().value(), 1e-9);
		assertEquals(36.875, steps.get(4).combined().value(), 1e-9);
		assertEquals("0.7 × 31.25 (practice) + 0.3 × 50 (evidence) = 36.88", steps.get(4).combined().arithmetic());
	}

	@Test
	void rolesWeighPracticeAndRelationships() {
		AreaScore lead = input.maturity().roles().get(0);
		// We Can, We Can, We Can, and a We Will without a budget (0.25): 3.25 / 4 = 81.25.
		assertEquals(81.25, lead.practice().value(), 1e-9);
		// 8 lead customers (in full) and 8 of 8 relationships collaborating or partnering: evidence 100.
		assertEquals(86.875, lead.combined().value(), 1e-9);
		AreaScore guides = input.maturity().roles().get(3);
		// We Will, We Should, We Should = 1 / 3. 32 guides (in full, 50) and 7 of 32 relationships close
		// (21.875 %, half of it 10.9375): evidence 60.9375.
		assertEquals(100.0 / 3, guides.practice().value(), 1e-9);
		assertEquals(60.9375, guides.evidence().value(), 1e-9);
	}

	@Test
	void overallCombinesStepsRolesAndEngagement() {
		// Engagement: 10 % rule met (100), 17/64 = 26.5625 % against 30 % (88.54), 5 of 6 departments
		// (83.33), 5 of 5 roles played (100); a quarter each = 92.97.
		assertEquals(92.97, input.maturity().engagement().value(), 0.005);
		// Steps 82.5, 90, 73.5, 78.125, 36.875: average 72.2. 0.4 × 72.2 + 0.4 × 69.85 (roles) + 0.2 × 92.97 = 75.41.
		assertEquals(72.2, average(input.maturity().steps()), 1e-9);
		assertEquals(75.41, input.maturity().overall().value(), 0.005);
		assertEquals("Embedded", input.maturity().level().getName());
		assertEquals(4, input.maturity().level().getNumber());
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
		assertEquals(13, comparison.overdue().size(), "the 2026 steps overdue on 2026-11-25; 2025's are superseded");
	}

	@Test
	void aModelWithoutAssessmentsIsNotGraded() {
		OutsideInModel empty = Models.empty();
		Maturity maturity = MaturityModel.assess(empty, null);
		assertNull(maturity.assessment());
		assertFalse(maturity.isAssessed());
		assertNull(maturity.level(), "no grade without a self-assessment");
		assertTrue(maturity.steps().stream().allMatch(s -> s.practice().value() == 0));
	}

	@Test
	void aMethodologysOwnScoringIsUsed() {
		OutsideInModel custom = Models.empty();
		Methodology own = EcoreUtil.copy(custom.getMethodologies().get(0));
		Scoring scoring = EcoreUtil.copy(MethodologyScoring.of(custom));
		scoring.setCustomerShareRule(0.2);
		scoring.getLevels().clear();
		MaturityLevel only = Models.MAKE.createMaturityLevel();
		only.setName("Everyone's a winner");
		only.setNumber(1);
		scoring.getLevels().add(only);
		own.setScoring(scoring);
		custom.getMethodologies().set(0, own);
		Models.assessment(custom, "Now", LocalDate.of(2026, 1, 1));
		Maturity maturity = MaturityModel.assess(custom, custom.getAssessments().get(0));
		assertEquals("Everyone's a winner", maturity.level().getName(), "the author's levels, not Java's");
		assertTrue(maturity.engagement().terms().get(0).label().contains("20 % rule"), maturity.engagement().arithmetic());
	}

	private static double average(List<AreaScore> areas) {
		return areas.stream().mapToDouble(area -> area.combined().value()).average().orElseThrow();
	}
}
