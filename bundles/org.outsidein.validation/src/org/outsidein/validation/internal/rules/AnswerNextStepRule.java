package org.outsidein.validation.internal.rules;

import org.eclipse.emf.ecore.EObject;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.model.Answer;
import org.outsidein.model.Assessment;
import org.outsidein.model.AssessmentCategory;
import org.outsidein.validation.RuleContext;
import org.outsidein.validation.ValidationRule;

/** Every assessed activity should say what happens next (latest assessment). */
public class AnswerNextStepRule implements ValidationRule {

	@Override
	public void check(EObject target, RuleContext context) {
		Answer answer = (Answer) target;
		if (answer.getCategory() != AssessmentCategory.NOT_ASSESSED && answer.getNextStep() == null
				&& Facts.isInLatestAssessment(context, (Assessment) answer.eContainer())) {
			context.report(answer, answer.getCategory().getLiteral() + " answer "
					+ ElementLabels.name(answer) + " has no next step", "add-next-step");
		}
	}
}
