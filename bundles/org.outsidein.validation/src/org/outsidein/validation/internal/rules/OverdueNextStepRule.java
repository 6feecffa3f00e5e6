package org.outsidein.validation.internal.rules;

import java.time.temporal.ChronoUnit;

import org.eclipse.emf.ecore.EObject;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.core.metrics.OverdueNextSteps;
import org.outsidein.model.NextStep;
import org.outsidein.model.util.Days;
import org.outsidein.validation.RuleContext;
import org.outsidein.validation.ValidationRule;

/**
 * A next step of the latest assessment whose deadline has passed and that is not done. Steps of earlier
 * assessments are superseded by the latest one, not overdue.
 */
public class OverdueNextStepRule implements ValidationRule {

	@Override
	public void check(EObject target, RuleContext context) {
		NextStep step = (NextStep) target;
		if (!Facts.isOpenInLatestAssessment(context, step) || !OverdueNextSteps.isOverdue(step, context.asOf())) {
			return;
		}
		long days = ChronoUnit.DAYS.between(Days.of(step.getDeadline()), context.asOf());
		String owner = step.getResponsible() == null ? "nobody" : ElementLabels.name(step.getResponsible());
		context.report(step, "The next step " + ElementLabels.name(step) + " was due on " + Days.text(step.getDeadline()) + " ("
				+ days + (days == 1 ? " day" : " days") + " ago) and is not done; responsible: " + owner);
	}
}
