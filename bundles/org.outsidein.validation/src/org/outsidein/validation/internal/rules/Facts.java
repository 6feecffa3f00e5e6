package org.outsidein.validation.internal.rules;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.outsidein.core.labels.ElementLabels;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.core.metrics.Assessments;
import org.outsidein.core.metrics.EngagementMetrics;
import org.outsidein.core.metrics.NextStepStatus;
import org.outsidein.model.Assessment;
import org.outsidein.model.Community;
import org.outsidein.model.Customer;
import org.outsidein.model.CustomerRole;
import org.outsidein.model.Idea;
import org.outsidein.model.InnovationToolkit;
import org.outsidein.model.NextStep;
import org.outsidein.model.OpenAccessInitiative;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.model.RecognitionProgramme;
import org.outsidein.model.RoleAssignment;
import org.outsidein.model.Scenario;
import org.outsidein.validation.RuleContext;
import org.outsidein.validation.ValidationService;

/** What several rules need, computed once per validation run. */
final class Facts {

	private static final String ENGAGEMENT = ValidationService.ENGAGEMENT;
	private static final String LATEST_ASSESSMENT = "outsidein.latest-assessment";
	private static final String LINKED_CUSTOMERS = "outsidein.linked-customers";
	private static final String ROLE_PLAYERS = "outsidein.role-players";

	private Facts() {
	}

	static EngagementMetrics engagement(RuleContext context) {
		return context.shared(ENGAGEMENT, () -> EngagementMetrics.of(context.model()));
	}

	/** The most recent assessment, as {@link Assessments#latest} says, found once per run. */
	static Assessment latestAssessment(RuleContext context) {
		Optional<Assessment> latest = context.shared(LATEST_ASSESSMENT,
				() -> Optional.ofNullable(Assessments.latest(context.model())));
		return latest.orElse(null);
	}

	static boolean isInLatestAssessment(RuleContext context, Assessment assessment) {
		return assessment != null && assessment == latestAssessment(context);
	}

	/** Not done, and in the latest assessment: the next steps that are still live. */
	static boolean isOpenInLatestAssessment(RuleContext context, NextStep step) {
		return !step.isDone() && isInLatestAssessment(context, NextStepStatus.assessmentOf(step));
	}

	/**
	 * How many customers play each role of the model's methodologies (0 for a role nobody plays), in
	 * methodology order, then any other role played. Lighter than full role summaries: one counter per role.
	 */
	static Map<CustomerRole, Integer> rolePlayers(RuleContext context) {
		return context.shared(ROLE_PLAYERS, () -> countPlayers(context.model()));
	}

	private static Map<CustomerRole, Integer> countPlayers(OutsideInModel model) {
		// Counted by the role as written in the file (a library URI, mostly), each resolved once at the end:
		// resolving 300,000 references one by one costs more than everything else the rules do.
		Map<Object, Integer> byReference = new HashMap<>();
		Map<Object, EObject> written = new HashMap<>();
		Set<Object> counted = new HashSet<>();
		for (Customer customer : model.getCustomers()) {
			counted.clear();
			for (RoleAssignment assignment : customer.getRoles()) {
				EObject role = (EObject) assignment.eGet(OutsideInPackage.Literals.ROLE_ASSIGNMENT__ROLE, false);
				Object key = role != null && role.eIsProxy() ? ((InternalEObject) role).eProxyURI() : role;
				if (key != null && counted.add(key)) {
					byReference.merge(key, 1, Integer::sum);
					written.putIfAbsent(key, role);
				}
			}
		}
		Map<CustomerRole, Integer> players = new LinkedHashMap<>();
		MethodologyLibrary.rolesOf(model).forEach(role -> players.put(role, 0));
		byReference.forEach((key, count) -> {
			// A role that leads nowhere (or to the wrong kind of element) stays a proxy: the dangling-reference rule reports it.
			if (EcoreUtil.resolve(written.get(key), model) instanceof CustomerRole customerRole && !customerRole.eIsProxy()) {
				players.merge(customerRole, count, Integer::sum);
			}
		});
		return Collections.unmodifiableMap(players);
	}

	/** Customers something other than a role links to: toolkits, communities, ideas, scenarios, programmes. */
	static Set<Customer> linkedCustomers(RuleContext context) {
		return context.shared(LINKED_CUSTOMERS, () -> collectLinked(context.model()));
	}

	private static Set<Customer> collectLinked(OutsideInModel model) {
		Set<Customer> linked = Collections.newSetFromMap(new IdentityHashMap<>());
		for (InnovationToolkit toolkit : model.getToolkits()) {
			linked.addAll(toolkit.getUsers());
		}
		for (Community community : model.getCommunities()) {
			linked.addAll(community.getMembers());
			for (Idea idea : community.getIdeas()) {
				if (idea.getProposedBy() != null) {
					linked.add(idea.getProposedBy());
				}
			}
		}
		for (Scenario scenario : model.getScenarios()) {
			linked.addAll(scenario.getCustomers());
		}
		for (RecognitionProgramme programme : model.getRecognitionProgrammes()) {
			linked.addAll(programme.getParticipants());
		}
		for (OpenAccessInitiative initiative : model.getOpenInitiatives()) {
			linked.addAll(initiative.getContributors());
		}
		return Collections.unmodifiableSet(linked);
	}
}
