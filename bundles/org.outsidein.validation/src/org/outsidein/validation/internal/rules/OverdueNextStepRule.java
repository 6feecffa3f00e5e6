package org.outsidein.validation.internal.rules;

import java.time.temporal.ChronoUnit;

import org.eclipse.emf.ecore.EObject;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.core.metrics.OverdueNextSteps;
import org.outsidein.model.NextStep;
import org.outsidein.validation.RuleContext;
import org.outsidein.validation.ValidationRule;

/** A next step whose deadline has passed and that is not done, in any assessment. */
public class OverdueNextStepRule implements ValidationRule {

	@Override
	public void check(EObject target, RuleContext context) {
		NextStep step = (NextStep) target;
		if (!OverdueNextSteps.isOverdue(step, context.asOf())) {
			return;
		}
		long days = ChronoUnit.DAYS.between(step.getDeadline(), context.asOf());
		String owner = step.getResponsible() == null ? "nobody" : step.getResponsible().getName();
		context.report(step, "The next step " + ElementLabels.name(step) + " was due on " + step.getDeadline() + " ("
				+ days + (days == 1 ? " day" : " days") + " ago) and is not done; responsible: " + owner);
	}
}
