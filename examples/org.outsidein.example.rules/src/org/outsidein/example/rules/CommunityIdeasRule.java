package org.outsidein.example.rules;

import org.eclipse.emf.ecore.EObject;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.model.Community;
import org.outsidein.model.CommunityOwnership;
import org.outsidein.validation.RuleContext;
import org.outsidein.validation.ValidationRule;

/** An example of a contributed rule: the organisation's own communities should produce ideas. */
public class CommunityIdeasRule implements ValidationRule {

	@Override
	public void check(EObject target, RuleContext context) {
		Community community = (Community) target;
		if (community.getOwnership() == CommunityOwnership.OWN && community.getIdeas().isEmpty()) {
			context.report(community, "No idea is recorded from the community " + ElementLabels.quotedName(community));
		}
	}
}
