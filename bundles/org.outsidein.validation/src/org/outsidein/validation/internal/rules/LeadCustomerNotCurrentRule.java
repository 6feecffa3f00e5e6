package org.outsidein.validation.internal.rules;

import org.eclipse.emf.ecore.EObject;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.model.Customer;
import org.outsidein.model.CustomerRole;
import org.outsidein.model.RoleAssignment;
import org.outsidein.validation.RuleContext;
import org.outsidein.validation.ValidationRule;

/**
 * Lead customers are, by definition, current customers; someone who is not a customer but improvises ahead of
 * the market is a lead user.
 */
public class LeadCustomerNotCurrentRule implements ValidationRule {

	@Override
	public void check(EObject target, RuleContext context) {
		Customer customer = (Customer) target;
		if (customer.isCurrentCustomer()) {
			return;
		}
		for (RoleAssignment assignment : customer.getRoles()) {
			CustomerRole role = assignment.getRole();
			if (role != null && !role.eIsProxy() && MethodologyLibrary.LEAD_CUSTOMERS.equals(role.getId())
					&& MethodologyLibrary.isStandardRole(role)) {
				context.report(assignment, ElementLabels.label(customer) + " plays the Lead Customers role but is not a"
						+ " current customer. Lead customers are current customers; someone ahead of the market who is"
						+ " not one is a lead user" + (customer.isLeadUser() ? "" : " (mark them as one)")
						+ ", or the customer flag is wrong");
				return;
			}
		}
	}
}
