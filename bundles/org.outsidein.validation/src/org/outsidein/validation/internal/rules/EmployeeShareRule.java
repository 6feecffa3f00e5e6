package org.outsidein.validation.internal.rules;

import org.eclipse.emf.ecore.EObject;
import org.outsidein.core.metrics.Share;
import org.outsidein.validation.RuleContext;
import org.outsidein.validation.ValidationRule;

/** At least 30 % of employees should interact with or monitor customers in a role. */
public class EmployeeShareRule implements ValidationRule {

	@Override
	public void check(EObject root, RuleContext context) {
		Share share = Facts.engagement(context).engagedEmployees();
		EObject organisation = context.model().getOrganisation();
		if (!share.isKnown()) {
			context.report(organisation, "Neither the headcount nor any employee is given, so the 30 % rule cannot"
					+ " be checked");
		} else if (!share.isMet()) {
			context.report(organisation, "Only " + Percent.of(share) + " of employees interact with or monitor"
					+ " customers in a role; the rule of thumb is at least 30 %");
		}
	}
}
