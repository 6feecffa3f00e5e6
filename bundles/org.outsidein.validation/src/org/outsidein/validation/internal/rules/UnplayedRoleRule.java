package org.outsidein.validation.internal.rules;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.model.CustomerRole;
import org.outsidein.validation.RuleContext;
import org.outsidein.validation.ValidationRule;

/** Each of the five standard roles should be played by someone. */
public class UnplayedRoleRule implements ValidationRule {

	@Override
	public void check(EObject root, RuleContext context) {
		for (Map.Entry<CustomerRole, Integer> entry : Facts.rolePlayers(context).entrySet()) {
			CustomerRole role = entry.getKey();
			if (entry.getValue() == 0 && MethodologyLibrary.isStandardRole(role)) {
				String message = "No customer plays the " + ElementLabels.name(role) + " role";
				if (MethodologyLibrary.GUIDES.equals(role.getId())) {
					message += ". Guides are the most neglected role: customers who help other customers get"
							+ " started and make the most of the offers";
				}
				context.report(context.model(), message);
			}
		}
	}
}
