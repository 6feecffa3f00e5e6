package org.outsidein.validation.internal.rules;

import org.eclipse.emf.ecore.EObject;
import org.outsidein.core.metrics.Share;
import org.outsidein.validation.RuleContext;
import org.outsidein.validation.ValidationRule;

/** A share of employees (30 % in Outside Innovation) should interact with or monitor customers in a role. */
public class EmployeeShareRule implements ValidationRule {

	@Override
	public void check(EObject root, RuleContext context) {
		Share share = Facts.engagement(context).engagedEmployees();
		EObject organisation = context.model().getOrganisation();
		if (!share.isKnown()) {
			context.report(organisation, "The share of employees engaging customers is " + share.unknownText()
					+ ", so the " + share.thresholdText() + " rule cannot be checked");
		} else if (!share.isMet()) {
			context.report(organisation, "Only " + Percent.of(share) + " of employees interact with or monitor"
					+ " customers in a role; the rule of thumb is at least " + share.thresholdText());
		}
	}
}
