package org.outsidein.validation.internal.rules;

import org.eclipse.emf.ecore.EObject;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.model.Outcome;
import org.outsidein.validation.RuleContext;
import org.outsidein.validation.ValidationRule;

/** Importance and satisfaction are rated from 0 to 10. */
public class OutcomeRangeRule implements ValidationRule {

	@Override
	public void check(EObject target, RuleContext context) {
		Outcome outcome = (Outcome) target;
		checkRating(context, outcome, "importance", outcome.getImportance());
		checkRating(context, outcome, "satisfaction", outcome.getSatisfaction());
	}

	private static void checkRating(RuleContext context, Outcome outcome, String what, Double value) {
		if (value != null && !(value >= 0 && value <= 10)) {
			context.report(outcome, "Outcome " + ElementLabels.quotedName(outcome) + " has " + what + " " + value
					+ "; ratings go from 0 to 10");
		}
	}
}
