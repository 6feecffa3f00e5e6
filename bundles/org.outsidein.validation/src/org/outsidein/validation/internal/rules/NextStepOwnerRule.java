package org.outsidein.validation.internal.rules;

import org.eclipse.emf.ecore.EObject;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.model.Answer;
import org.outsidein.model.Assessment;
import org.outsidein.model.NextStep;
import org.outsidein.validation.RuleContext;
import org.outsidein.validation.ValidationRule;

/** A next step needs a person responsible and a target deadline (latest assessment). */
public class NextStepOwnerRule implements ValidationRule {

	@Override
	public void check(EObject target, RuleContext context) {
		NextStep step = (NextStep) target;
		if (step.isDone() || !(step.eContainer() instanceof Answer answer)
				|| !Facts.isInLatestAssessment(context, (Assessment) answer.eContainer())) {
			return;
		}
		String what = step.getResponsible() == null && step.getDeadline() == null ? "nobody responsible and no deadline"
				: step.getResponsible() == null ? "nobody responsible" : step.getDeadline() == null ? "no deadline" : null;
		if (what != null) {
			context.report(step, "The next step " + ElementLabels.name(step) + " has " + what);
		}
	}
}
