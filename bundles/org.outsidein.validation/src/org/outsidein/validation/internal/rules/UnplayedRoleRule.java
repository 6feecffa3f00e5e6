package org.outsidein.validation.internal.rules;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.core.metrics.RoleSummary;
import org.outsidein.validation.RuleContext;
import org.outsidein.validation.ValidationRule;

/** Each of the five standard roles should be played by someone. */
public class UnplayedRoleRule implements ValidationRule {

	@Override
	public void check(EObject root, RuleContext context) {
		List<RoleSummary> roles = context.shared("outsidein.role-summaries", () -> RoleSummary.of(context.model()));
		for (RoleSummary role : roles) {
			if (role.count() == 0 && MethodologyLibrary.isStandardRole(role.role())) {
				String message = "No customer plays the " + role.role().getName() + " role";
				if (MethodologyLibrary.GUIDES.equals(role.role().getId())) {
					message += ". Guides are the most neglected role: customers who help other customers get"
							+ " started and make the most of the offers";
				}
				context.report(context.model(), message);
			}
		}
	}
}
