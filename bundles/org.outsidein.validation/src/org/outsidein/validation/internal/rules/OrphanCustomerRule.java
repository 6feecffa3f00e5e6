package org.outsidein.validation.internal.rules;

import org.eclipse.emf.ecore.EObject;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.model.Customer;
import org.outsidein.validation.RuleContext;
import org.outsidein.validation.ValidationRule;

/** A customer who plays no role and takes part in nothing says nothing about the ecosystem. */
public class OrphanCustomerRule implements ValidationRule {

	@Override
	public void check(EObject target, RuleContext context) {
		Customer customer = (Customer) target;
		if (customer.getRoles().isEmpty() && customer.getInventions().isEmpty()
				&& !Facts.linkedCustomers(context).contains(customer)) {
			context.report(customer, "Customer " + ElementLabels.quotedName(customer)
					+ " plays no role and takes part in no community, toolkit, scenario or programme");
		}
	}
}
