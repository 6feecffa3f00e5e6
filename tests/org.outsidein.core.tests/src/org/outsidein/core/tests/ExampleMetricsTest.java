package org.outsidein.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.outsidein.core.metrics.Assessments;
import org.outsidein.core.metrics.EngagementMetrics;
import org.outsidein.core.metrics.ModelStatistics;
import org.outsidein.core.metrics.NextStepStatus;
import org.outsidein.core.metrics.RoleSummary;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.model.Assessment;
import org.outsidein.model.InventionStatus;
import org.outsidein.model.NextStep;
import org.outsidein.model.Outcome;
import org.outsidein.model.OutsideInModel;
import org.outsidein.tests.support.Examples;
import org.outsidein.model.RelationshipDepth;
import org.outsidein.model.util.Days;

/**
 * The metrics of the Cairnwood example against figures worked out by hand from the file. If the example
 * changes, these figures must be worked out again, not copied from the program's output.
 */
class ExampleMetricsTest {

	private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
	private static OutsideInModel model;
	private static ModelStatistics statistics;

	@BeforeAll
	static void load() throws Exception {
		model = ModelFiles.load(Examples.cairnwood());
		statistics = ModelStatistics.of(model, AS_OF);
	}

	@Test
	void tenPercentRuleCountsGroupsByTheirSize() {
		EngagementMetrics engagement = statistics.engagement();
		// Four groups play roles: Trail Club 1,200 + Gear Lab panel 350 + forum helpers 420 + repair café 180
		// = 2,150; plus 93 named current customers with a role (5 organisations, 8 current lead users,
		// 80 individuals). Three lead users are not customers and do not count.
		assertEquals(2_243, engagement.activeCustomers().count());
		assertEquals(20_000, engagement.activeCustomers().total());
		assertEquals(0.11215, engagement.activeCustomers().ratio(), 1e-9);
		assertTrue(engagement.activeCustomers().isMet());
	}

	@Test
	void thirtyPercentRuleIsMissed() {
		EngagementMetrics engagement = statistics.engagement();
		// 4 in Product Design, 3 in Engineering, 4 in Marketing and Community, 4 in Customer Care,
		// 2 in Retail and Sales interact with or monitor customers; the headcount is 64.
		assertEquals(17, engagement.engagedEmployees().count());
		assertEquals(64, engagement.engagedEmployees().total());
		assertFalse(engagement.engagedEmployees().isMet());
		assertEquals(5, engagement.engagedDepartments().count());
		assertEquals(6, engagement.engagedDepartments().total());
		assertFalse(engagement.engagedDepartmentSet().stream().anyMatch(d -> d.getName().equals("Operations")));
	}

	@Test
	void everyRoleIsPlayed() {
		Map<String, Integer> counts = statistics.roles().stream()
				.collect(Collectors.toMap(r -> r.role().getName(), RoleSummary::count));
		assertEquals(Map.of("Lead Customers", 8, "Contributors", 25, "Consultants", 16, "Guides", 32, "Promoters", 36),
				counts);
		RoleSummary leadCustomers = statistics.roles().get(0);
		assertEquals("Lead Customers", leadCustomers.role().getName());
		assertEquals("Sigrun Alvestad", leadCustomers.customers().get(0).getName());
		// Lead customers are all Collaborating (3) or Partnering (5).
		assertEquals(3, leadCustomers.depths().get(RelationshipDepth.COLLABORATING));
		assertEquals(5, leadCustomers.depths().get(RelationshipDepth.PARTNERING));
		assertEquals(0, leadCustomers.depths().get(RelationshipDepth.ACQUAINTED));
	}

	@Test
	void outcomesAreRankedByOpportunity() {
		List<Outcome> ranked = statistics.outcomesByOpportunity();
		// 8.9 + (8.9 - 2.8) = 15.0; 9.1 + (9.1 - 4.2) = 14.0; 7.8 + (7.8 - 3.1) = 12.5
		assertEquals("Know how much life a climbing rope has left", ranked.get(0).getName());
		assertEquals(15.0, ranked.get(0).getOpportunity(), 1e-9);
		assertEquals(14.0, ranked.get(1).getOpportunity(), 1e-9);
		assertEquals(12.5, ranked.get(2).getOpportunity(), 1e-9);
		// Over-served: 6.5 + max(6.5 - 7.2, 0) = 6.5, the lowest score; the unrated outcome comes last.
		assertEquals(6.5, ranked.get(10).getOpportunity(), 1e-9);
		assertNull(ranked.get(11).getOpportunity());
	}

	@Test
	void inventionsFormAPipeline() {
		Map<InventionStatus, Integer> counts = statistics.inventions().entrySet().stream()
				.collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size()));
		assertEquals(Map.of(InventionStatus.OBSERVED, 2, InventionStatus.DOCUMENTED, 3, InventionStatus.EVALUATING, 2,
				InventionStatus.PILOTING, 3, InventionStatus.COMMERCIALISED, 2), counts);
	}

	@Test
	void overdueNextStepsAreTheLatestAssessmentsNotDoneWithADeadlineBeforeTheDay() {
		List<NextStep> overdue = statistics.overdueNextSteps();
		// 2026: 2 open steps due 2026-05-14, the rest later or done. 2025's 7 open steps are superseded by 2026.
		assertEquals(2, overdue.size());
		assertEquals(LocalDate.of(2026, 5, 14), Days.of(overdue.get(0).getDeadline()));
		overdue.forEach(step -> assertTrue(!step.isDone() && Days.of(step.getDeadline()).isBefore(AS_OF)));
		overdue.forEach(step -> assertEquals(NextStepStatus.OVERDUE, NextStepStatus.of(step, Assessments.latest(model), AS_OF)));
		assertEquals(0, ModelStatistics.of(model, LocalDate.of(2026, 5, 14)).overdueNextSteps().size(),
				"a deadline on the day itself is not overdue yet");
		Assessment earlier = model.getAssessments().stream().filter(a -> a != Assessments.latest(model)).findFirst().orElseThrow();
		long superseded = earlier.getAnswers().stream().map(a -> a.getNextStep())
				.filter(step -> step != null && NextStepStatus.of(step, Assessments.latest(model), AS_OF) == NextStepStatus.SUPERSEDED)
				.count();
		assertEquals(7, superseded, "2025's open steps are superseded, whatever their deadline");
	}
}
