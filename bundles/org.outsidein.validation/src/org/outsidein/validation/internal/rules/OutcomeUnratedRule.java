package org.outsidein.validation.internal.rules;

import org.eclipse.emf.ecore.EObject;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.model.Outcome;
import org.outsidein.validation.RuleContext;
import org.outsidein.validation.ValidationRule;

/** An outcome needs importance and satisfaction to get an opportunity score. */
public class OutcomeUnratedRule implements ValidationRule {

	@Override
	public void check(EObject target, RuleContext context) {
		Outcome outcome = (Outcome) target;
		String missing = outcome.getImportance() == null && outcome.getSatisfaction() == null
				? "neither importance nor satisfaction"
				: outcome.getImportance() == null ? "no importance" : outcome.getSatisfaction() == null ? "no satisfaction" : null;
		if (missing != null) {
			context.report(outcome, "Outcome " + ElementLabels.quotedName(outcome) + " has " + missing
					+ ", so it has no opportunity score");
		}
	}
}
