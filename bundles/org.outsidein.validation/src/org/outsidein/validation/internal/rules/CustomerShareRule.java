package org.outsidein.validation.internal.rules;

import org.eclipse.emf.ecore.EObject;
import org.outsidein.core.metrics.Share;
import org.outsidein.validation.RuleContext;
import org.outsidein.validation.ValidationRule;

/** A share of the customer base (10 % in Outside Innovation) should be active in one or more roles. */
public class CustomerShareRule implements ValidationRule {

	@Override
	public void check(EObject root, RuleContext context) {
		Share share = Facts.engagement(context).activeCustomers();
		EObject organisation = context.model().getOrganisation();
		if (!share.isKnown()) {
			context.report(organisation, "The share of customers active in a role is " + share.unknownText()
					+ ", so the " + share.thresholdText() + " rule cannot be checked");
		} else if (!share.isMet()) {
			context.report(organisation, "Only " + Percent.of(share) + " of the customer base is active in a"
					+ " customer role; the rule of thumb is at least " + share.thresholdText());
		}
	}
}
