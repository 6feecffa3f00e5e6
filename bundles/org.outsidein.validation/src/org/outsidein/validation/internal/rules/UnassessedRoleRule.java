package org.outsidein.validation.internal.rules;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.model.Activity;
import org.outsidein.model.Answer;
import org.outsidein.model.Assessment;
import org.outsidein.model.AssessmentCategory;
import org.outsidein.model.CustomerRole;
import org.outsidein.validation.RuleContext;
import org.outsidein.validation.ValidationRule;

/** A role customers play should have at least one of its activities assessed in the latest assessment. */
public class UnassessedRoleRule implements ValidationRule {

	@Override
	public void check(EObject root, RuleContext context) {
		Assessment latest = Facts.latestAssessment(context);
		Set<Activity> assessed = Collections.newSetFromMap(new IdentityHashMap<>());
		if (latest != null) {
			for (Answer answer : latest.getAnswers()) {
				if (answer.getCategory() != AssessmentCategory.NOT_ASSESSED) {
					assessed.add(answer.getActivity());
				}
			}
		}
		for (Map.Entry<CustomerRole, Integer> entry : Facts.rolePlayers(context).entrySet()) {
			CustomerRole role = entry.getKey();
			if (entry.getValue() > 0 && role.getActivities().stream().noneMatch(assessed::contains)) {
				String where = latest == null ? "the model has no assessment yet" : "none of its activities is assessed in "
						+ ElementLabels.quotedName(latest);
				context.report(latest == null ? context.model() : latest, entry.getValue()
						+ (entry.getValue() == 1 ? " customer plays " : " customers play ") + ElementLabels.name(role) + ", but "
						+ where);
			}
		}
	}
}
