package org.outsidein.validation.internal.rules;

import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.model.Department;
import org.outsidein.model.Organisation;
import org.outsidein.validation.RuleContext;
import org.outsidein.validation.ValidationRule;

/** Every department should have someone who interacts with or monitors customers in a role. */
public class DepartmentEngagementRule implements ValidationRule {

	@Override
	public void check(EObject root, RuleContext context) {
		Organisation organisation = context.model().getOrganisation();
		if (organisation == null) {
			return;
		}
		Set<Department> engaged = Facts.engagement(context).engagedDepartmentSet();
		for (Department department : organisation.getDepartments()) {
			if (!engaged.contains(department)) {
				context.report(department, "Nobody in " + ElementLabels.name(department)
						+ " interacts with or monitors a customer in a role");
			}
		}
	}
}
