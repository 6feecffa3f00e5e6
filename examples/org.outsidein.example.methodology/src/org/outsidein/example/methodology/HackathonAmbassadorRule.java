package org.outsidein.example.methodology;

import org.eclipse.emf.ecore.EObject;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.example.methodology.hackathon.HackathonCommunity;
import org.outsidein.validation.RuleContext;
import org.outsidein.validation.ValidationRule;

/**
 * A rule on the example's own concept: a community that holds hackathons needs an ambassador among its members. The
 * extension names its target class as {@code nsURI#HackathonCommunity}, so the rule sees only those communities.
 */
public class HackathonAmbassadorRule implements ValidationRule {

	@Override
	public void check(EObject target, RuleContext context) {
		HackathonCommunity community = (HackathonCommunity) target;
		if (community.getHackathonsPerYear() > 0 && Ambassadors.among(community.getMembers()).isEmpty()) {
			context.report(community, "The hackathon community " + ElementLabels.quotedName(community)
					+ " holds hackathons but no member of it is an ambassador");
		}
	}
}
