package org.outsidein.validation.internal.rules;

import org.eclipse.emf.ecore.EObject;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.model.NextStep;
import org.outsidein.validation.RuleContext;
import org.outsidein.validation.ValidationRule;

/** A next step needs a person responsible (latest assessment). */
public class NextStepOwnerRule implements ValidationRule {

	@Override
	public void check(EObject target, RuleContext context) {
		NextStep step = (NextStep) target;
		if (Facts.isOpenInLatestAssessment(context, step) && step.getResponsible() == null) {
			context.report(step, "The next step " + ElementLabels.name(step) + " has nobody responsible");
		}
	}
}
