package org.outsidein.validation.internal.rules;

import org.eclipse.emf.ecore.EObject;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.model.Community;
import org.outsidein.model.CommunityOwnership;
import org.outsidein.model.Employee;
import org.outsidein.validation.RuleContext;
import org.outsidein.validation.ValidationRule;

/** The organisation's own communities need its employees in them, executives included. */
public class CommunityEmployeesRule implements ValidationRule {

	@Override
	public void check(EObject target, RuleContext context) {
		Community community = (Community) target;
		if (community.getOwnership() != CommunityOwnership.OWN) {
			return;
		}
		if (community.getEmployees().isEmpty()) {
			context.report(community, "No employee takes part in the community " + ElementLabels.quotedName(community));
		} else if (community.getEmployees().stream().noneMatch(Employee::isExecutive)) {
			context.report(community, "No executive takes part in the community " + ElementLabels.quotedName(community));
		}
	}
}
