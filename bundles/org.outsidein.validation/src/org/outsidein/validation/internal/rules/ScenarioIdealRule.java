package org.outsidein.validation.internal.rules;

import org.eclipse.emf.ecore.EObject;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.model.Scenario;
import org.outsidein.validation.RuleContext;
import org.outsidein.validation.ValidationRule;

/** A scenario is the tension between today and the ideal: without the ideal there is nothing to aim at. */
public class ScenarioIdealRule implements ValidationRule {

	@Override
	public void check(EObject target, RuleContext context) {
		Scenario scenario = (Scenario) target;
		if (scenario.getIdealSteps().isEmpty()) {
			context.report(scenario, "Scenario " + ElementLabels.quotedName(scenario) + " describes today but not the ideal");
		}
	}
}
