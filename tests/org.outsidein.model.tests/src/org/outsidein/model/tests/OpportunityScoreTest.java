package org.outsidein.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.outsidein.model.Outcome;
import org.outsidein.model.OutsideInFactory;
import org.outsidein.model.OutsideInPackage;

/** opportunity = importance + max(importance - satisfaction, 0), both rated 0 to 10. */
class OpportunityScoreTest {

	@ParameterizedTest(name = "importance {0}, satisfaction {1} -> {2}")
	@CsvSource({
			"9.0, 4.0, 14.0", // under-served: the gap counts on top of importance
			"6.0, 8.0, 6.0", // over-served: no negative gap
			"7.0, 7.0, 7.0", // served exactly
			"10.0, 0.0, 20.0", // the maximum
			"0.0, 10.0, 0.0", // the minimum
	})
	void scoresTheGapBetweenImportanceAndSatisfaction(double importance, double satisfaction, double expected) {
		Outcome outcome = outcome(importance, satisfaction);
		assertEquals(expected, outcome.getOpportunity(), 1e-9);
	}

	@Test
	void isEmptyUntilBothRatingsAreGiven() {
		Outcome outcome = OutsideInFactory.eINSTANCE.createOutcome();
		assertNull(outcome.getOpportunity());
		outcome.setImportance(8.0);
		assertNull(outcome.getOpportunity());
		outcome.setSatisfaction(3.0);
		assertEquals(13.0, outcome.getOpportunity(), 1e-9);
		outcome.setImportance(null);
		assertNull(outcome.getOpportunity());
	}

	@Test
	void isDerivedAndNeverStored() {
		var opportunity = OutsideInPackage.Literals.OUTCOME__OPPORTUNITY;
		assertEquals(true, opportunity.isDerived());
		assertEquals(true, opportunity.isTransient());
		assertEquals(false, opportunity.isChangeable());
		Outcome outcome = outcome(5.0, 1.0);
		assertEquals(9.0, (Double) outcome.eGet(opportunity), 1e-9);
	}

	private static Outcome outcome(double importance, double satisfaction) {
		Outcome outcome = OutsideInFactory.eINSTANCE.createOutcome();
		outcome.setImportance(importance);
		outcome.setSatisfaction(satisfaction);
		return outcome;
	}
}
