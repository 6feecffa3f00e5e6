package org.outsidein.validation.internal.rules;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.outsidein.core.metrics.RoleSummary;
import org.outsidein.model.Activity;
import org.outsidein.model.Answer;
import org.outsidein.model.Assessment;
import org.outsidein.model.AssessmentCategory;
import org.outsidein.validation.RuleContext;
import org.outsidein.validation.ValidationRule;

/** A role customers play should have at least one of its activities assessed in the latest assessment. */
public class UnassessedRoleRule implements ValidationRule {

	@Override
	public void check(EObject root, RuleContext context) {
		List<RoleSummary> roles = context.shared("outsidein.role-summaries", () -> RoleSummary.of(context.model()));
		Assessment latest = Facts.latestAssessment(context);
		Set<Activity> assessed = Collections.newSetFromMap(new IdentityHashMap<>());
		if (latest != null) {
			for (Answer answer : latest.getAnswers()) {
				if (answer.getCategory() != AssessmentCategory.NOT_ASSESSED) {
					assessed.add(answer.getActivity());
				}
			}
		}
		for (RoleSummary role : roles) {
			if (role.count() > 0 && role.role().getActivities().stream().noneMatch(assessed::contains)) {
				String where = latest == null ? "the model has no assessment yet" : "none of its activities is assessed in '"
						+ latest.getName() + "'";
				context.report(latest == null ? context.model() : latest, role.count() + " customers play "
						+ role.role().getName() + ", but " + where);
			}
		}
	}
}
