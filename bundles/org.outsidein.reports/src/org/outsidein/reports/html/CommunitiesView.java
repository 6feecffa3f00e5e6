package org.outsidein.reports.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.outsidein.core.labels.ElementLabels;
import org.outsidein.core.metrics.EngagementMetrics;
import org.outsidein.model.Community;
import org.outsidein.model.CommunityPurpose;
import org.outsidein.model.Employee;
import org.outsidein.model.Idea;

/** Communities with their members (counted as people), the employees taking part, and the ideas they gave. */
final class CommunitiesView {

	private CommunitiesView() {
	}

	static Map<String, Object> of(List<Community> communities) {
		List<Map<String, Object>> rows = new ArrayList<>();
		List<Map<String, Object>> ideas = new ArrayList<>();
		for (Community community : communities) {
			rows.add(View.of().put("name", ElementLabels.name(community))
					.put("ownership", community.getOwnership().getLiteral())
					.put("channel", community.getChannel().getLiteral())
					.put("purposes", community.getPurposes().stream().map(CommunityPurpose::getLiteral)
							.collect(Collectors.joining(", ")))
					.put("members", Formats.count(EngagementMetrics.people(community.getMembers())))
					.put("memberEntries", Formats.count(community.getMembers().size()))
					.put("employees", Formats.count(community.getEmployees().size()))
					.put("executives", community.getEmployees().stream().filter(Employee::isExecutive)
							.map(ElementLabels::name).toList())
					.put("ideas", community.getIdeas().size()).map());
			for (Idea idea : community.getIdeas()) {
				ideas.add(View.of().put("name", ElementLabels.name(idea)).put("community", ElementLabels.name(community))
						.put("by", idea.getProposedBy() == null ? "–" : ElementLabels.name(idea.getProposedBy()))
						.put("status", idea.getStatus().getLiteral())
						.put("outcome", idea.getOutcome() == null ? "–" : ElementLabels.name(idea.getOutcome())).map());
			}
		}
		return View.of().put("rows", rows).put("ideas", ideas).map();
	}
}
