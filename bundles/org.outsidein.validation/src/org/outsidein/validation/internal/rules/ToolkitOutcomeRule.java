package org.outsidein.validation.internal.rules;

import org.eclipse.emf.ecore.EObject;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.model.InnovationToolkit;
import org.outsidein.validation.RuleContext;
import org.outsidein.validation.ValidationRule;

/** A toolkit exists to help customers reach outcomes: name them. */
public class ToolkitOutcomeRule implements ValidationRule {

	@Override
	public void check(EObject target, RuleContext context) {
		InnovationToolkit toolkit = (InnovationToolkit) target;
		if (toolkit.getOutcomes().isEmpty()) {
			context.report(toolkit, "Toolkit " + ElementLabels.quotedName(toolkit) + " serves no outcome");
		}
	}
}
