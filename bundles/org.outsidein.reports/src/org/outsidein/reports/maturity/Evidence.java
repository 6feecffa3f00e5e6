package org.outsidein.reports.maturity;

import java.util.List;
import java.util.Map;

import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.core.metrics.RoleSummary;
import org.outsidein.model.Community;
import org.outsidein.model.CommunityOwnership;
import org.outsidein.model.Customer;
import org.outsidein.model.CustomerRole;
import org.outsidein.model.Employee;
import org.outsidein.model.InnovationStep;
import org.outsidein.model.Invention;
import org.outsidein.model.InventionStatus;
import org.outsidein.model.Outcome;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.RelationshipDepth;

/**
 * What the model itself shows for each step and role: two checks of 50 points each, so that a
 * self-assessment is weighed against what is recorded. See docs/maturity-model.md, section 2.
 */
final class Evidence {

	private final OutsideInModel model;
	private final Map<CustomerRole, RoleSummary> roles;

	Evidence(OutsideInModel model, Map<CustomerRole, RoleSummary> roles) {
		this.model = model;
		this.roles = roles;
	}

	/** Null for a step a methodology author added: no evidence is defined for it. */
	Score forStep(InnovationStep step) {
		if (step.eResource() == null || !MethodologyLibrary.OUTSIDE_INNOVATION.equals(step.eResource().getURI())) {
			return null;
		}
		return switch (step.getNumber()) {
		case 1 -> score("Lead Customers role played", isPlayed(MethodologyLibrary.LEAD_CUSTOMERS),
				"an invention piloted or commercialised", inventionsInMarket());
		case 2 -> score("a toolkit with users", model.getToolkits().stream().anyMatch(t -> !t.getUsers().isEmpty()),
				"half the outcomes rated", halfTheOutcomesRated());
		case 3 -> score("an own community with employees", model.getCommunities().stream()
				.anyMatch(c -> c.getOwnership() == CommunityOwnership.OWN && !c.getEmployees().isEmpty()),
				"an executive in a community", model.getCommunities().stream().map(Community::getEmployees)
						.flatMap(List::stream).anyMatch(Employee::isExecutive));
		case 4 -> score("a recognition programme with participants",
				model.getRecognitionProgrammes().stream().anyMatch(p -> !p.getParticipants().isEmpty()),
				"Guides role played", isPlayed(MethodologyLibrary.GUIDES));
		case 5 -> score("an open-access initiative", !model.getOpenInitiatives().isEmpty(),
				"customers contributing to it", model.getOpenInitiatives().stream().anyMatch(i -> !i.getContributors().isEmpty()));
		default -> null;
		};
	}

	Score forRole(CustomerRole role) {
		RoleSummary summary = roles.get(role);
		int relationships = summary == null ? 0 : summary.depths().values().stream().mapToInt(Integer::intValue).sum();
		int close = summary == null ? 0
				: summary.depths().get(RelationshipDepth.COLLABORATING) + summary.depths().get(RelationshipDepth.PARTNERING);
		return score("role played", summary != null && summary.count() > 0, "half its relationships close",
				relationships > 0 && close * 2 >= relationships);
	}

	private boolean isPlayed(String roleId) {
		return roles.entrySet().stream().anyMatch(e -> roleId.equals(e.getKey().getId()) && MethodologyLibrary
				.isStandardRole(e.getKey()) && e.getValue().count() > 0);
	}

	private boolean inventionsInMarket() {
		for (Customer customer : model.getCustomers()) {
			for (Invention invention : customer.getInventions()) {
				if (invention.getStatus() == InventionStatus.PILOTING
						|| invention.getStatus() == InventionStatus.COMMERCIALISED) {
					return true;
				}
			}
		}
		return false;
	}

	private boolean halfTheOutcomesRated() {
		List<Outcome> outcomes = model.getOutcomes();
		long rated = outcomes.stream().filter(o -> o.getOpportunity() != null).count();
		return !outcomes.isEmpty() && rated * 2 >= outcomes.size();
	}

	private static Score score(String first, boolean firstHolds, String second, boolean secondHolds) {
		return Score.of(List.of(new Term(first, firstHolds ? 100 : 0, 0.5), new Term(second, secondHolds ? 100 : 0, 0.5)));
	}
}
