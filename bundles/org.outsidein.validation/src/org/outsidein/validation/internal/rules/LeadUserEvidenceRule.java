package org.outsidein.validation.internal.rules;

import org.eclipse.emf.ecore.EObject;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.model.Customer;
import org.outsidein.model.Invention;
import org.outsidein.model.RoleAssignment;
import org.outsidein.validation.RuleContext;
import org.outsidein.validation.ValidationRule;

/** What makes a lead user is what they improvised and the outcome they pursue: record both. */
public class LeadUserEvidenceRule implements ValidationRule {

	@Override
	public void check(EObject target, RuleContext context) {
		Customer customer = (Customer) target;
		if (!customer.isLeadUser()) {
			return;
		}
		if (customer.getInventions().isEmpty()) {
			context.report(customer, "Lead user " + ElementLabels.quotedName(customer) + " has no recorded invention");
		}
		boolean hasOutcome = customer.getRoles().stream().map(RoleAssignment::getOutcomes).anyMatch(o -> !o.isEmpty())
				|| customer.getInventions().stream().map(Invention::getOutcome).anyMatch(o -> o != null);
		if (!hasOutcome) {
			context.report(customer, "Lead user " + ElementLabels.quotedName(customer) + " is linked to no outcome");
		}
	}
}
