package org.outsidein.validation.internal.rules;

import org.eclipse.emf.ecore.EObject;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.model.NextStep;
import org.outsidein.validation.RuleContext;
import org.outsidein.validation.ValidationRule;

/** A next step needs a target deadline (latest assessment). */
public class NextStepDeadlineRule implements ValidationRule {

	@Override
	public void check(EObject target, RuleContext context) {
		NextStep step = (NextStep) target;
		if (Facts.isOpenInLatestAssessment(context, step) && step.getDeadline() == null) {
			context.report(step, "The next step " + ElementLabels.name(step) + " has no deadline");
		}
	}
}
