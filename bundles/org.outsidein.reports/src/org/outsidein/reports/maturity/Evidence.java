package org.outsidein.reports.maturity;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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
import org.outsidein.model.Scoring;

/**
 * What the model itself records for each step and role: two pieces of evidence of equal weight, so that a
 * self-assessment is weighed against what is recorded. A piece that counts things counts in full from the
 * methodology's {@code evidenceInFull} items on, in proportion below: one toolkit user does not prove a
 * whole step. See docs/maturity-model.md, section 2.
 */
final class Evidence {

	private final OutsideInModel model;
	private final Map<CustomerRole, RoleSummary> roles;
	private final int inFull;

	Evidence(OutsideInModel model, Map<CustomerRole, RoleSummary> roles, Scoring scoring) {
		this.model = model;
		this.roles = roles;
		this.inFull = Math.max(1, scoring.getEvidenceInFull());
	}

	/** Null for a step a methodology author added: no evidence is defined for it. */
	Score forStep(InnovationStep step) {
		if (step.eResource() == null || !MethodologyLibrary.OUTSIDE_INNOVATION.equals(step.eResource().getURI())) {
			return null;
		}
		return switch (step.getNumber()) {
		case 1 -> score(counted("customers playing Lead Customers", players(MethodologyLibrary.LEAD_CUSTOMERS)),
				counted("inventions piloted or commercialised", inventionsInMarket()));
		case 2 -> score(counted("customers using a toolkit", distinct(model.getToolkits(), t -> t.getUsers())),
				new Term("share of outcomes rated", ratedOutcomes(), 0.5));
		case 3 -> score(counted("employees in own communities", distinct(ownCommunities(), Community::getEmployees)),
				counted("executives in communities", executivesInCommunities()));
		case 4 -> score(counted("customers in recognition programmes",
				distinct(model.getRecognitionProgrammes(), p -> p.getParticipants())),
				counted("customers playing Guides", players(MethodologyLibrary.GUIDES)));
		case 5 -> score(counted("open-access initiatives", model.getOpenInitiatives().size()),
				counted("customers contributing to them", distinct(model.getOpenInitiatives(), i -> i.getContributors())));
		default -> null;
		};
	}

	Score forRole(CustomerRole role) {
		RoleSummary summary = roles.get(role);
		int relationships = summary == null ? 0 : summary.depths().values().stream().mapToInt(Integer::intValue).sum();
		int close = summary == null ? 0
				: summary.depths().get(RelationshipDepth.COLLABORATING) + summary.depths().get(RelationshipDepth.PARTNERING);
		return score(counted("customers playing the role", summary == null ? 0 : summary.count()),
				new Term("share of relationships collaborating or partnering",
						relationships == 0 ? 0 : close * 100.0 / relationships, 0.5));
	}

	/** "3 of 5 inventions piloted…": 100 from {@code inFull} items on, in proportion below. */
	private Term counted(String what, int count) {
		double value = Math.min(1.0, (double) count / inFull) * 100;
		return new Term(what + " (" + count + ", in full from " + inFull + ")", value, 0.5);
	}

	private int players(String standardRoleId) {
		return roles.entrySet().stream().filter(e -> standardRoleId.equals(e.getKey().getId())
				&& MethodologyLibrary.isStandardRole(e.getKey())).mapToInt(e -> e.getValue().count()).sum();
	}

	private int inventionsInMarket() {
		int count = 0;
		for (Customer customer : model.getCustomers()) {
			for (Invention invention : customer.getInventions()) {
				if (invention.getStatus() == InventionStatus.PILOTING
						|| invention.getStatus() == InventionStatus.COMMERCIALISED) {
					count++;
				}
			}
		}
		return count;
	}

	private double ratedOutcomes() {
		List<Outcome> outcomes = model.getOutcomes();
		long rated = outcomes.stream().filter(o -> o.getOpportunity() != null).count();
		return outcomes.isEmpty() ? 0 : rated * 100.0 / outcomes.size();
	}

	private List<Community> ownCommunities() {
		return model.getCommunities().stream().filter(c -> c.getOwnership() == CommunityOwnership.OWN).toList();
	}

	private int executivesInCommunities() {
		Set<Employee> executives = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Community community : model.getCommunities()) {
			community.getEmployees().stream().filter(Employee::isExecutive).forEach(executives::add);
		}
		return executives.size();
	}

	/** How many different elements the lists of all the owners hold together. */
	private static <O> int distinct(Collection<O> owners, Function<O, ? extends Collection<?>> list) {
		Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		owners.forEach(owner -> seen.addAll(list.apply(owner)));
		return seen.size();
	}

	private static Score score(Term first, Term second) {
		return Score.of(List.of(first, second));
	}
}
