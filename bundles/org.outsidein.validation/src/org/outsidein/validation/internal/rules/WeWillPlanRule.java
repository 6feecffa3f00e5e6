package org.outsidein.validation.internal.rules;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.core.metrics.Commitments;
import org.outsidein.model.Answer;
import org.outsidein.model.Assessment;
import org.outsidein.model.AssessmentCategory;
import org.outsidein.validation.RuleContext;
import org.outsidein.validation.ValidationRule;

/** A We Will is a commitment: it needs a plan, a budget and a delivery date (latest assessment). */
public class WeWillPlanRule implements ValidationRule {

	@Override
	public void check(EObject target, RuleContext context) {
		Answer answer = (Answer) target;
		if (answer.getCategory() != AssessmentCategory.WE_WILL
				|| !Facts.isInLatestAssessment(context, (Assessment) answer.eContainer())) {
			return;
		}
		List<String> missing = Commitments.missing(answer);
		if (!missing.isEmpty()) {
			context.report(answer, "We Will " + ElementLabels.name(answer) + " has no "
					+ String.join(", no ", missing), "add-we-will-plan");
		}
	}
}
