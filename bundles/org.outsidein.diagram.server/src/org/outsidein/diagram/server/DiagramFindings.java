package org.outsidein.diagram.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.outsidein.diagram.server.source.DiagramSource;
import org.outsidein.validation.Issue;
import org.outsidein.validation.ProfileException;
import org.outsidein.validation.RuleProfile;
import org.outsidein.validation.ValidationService;

/**
 * The model checks' findings on a diagram: each finding about an element goes to every node that draws it, so an
 * analyst sees the problem where they work. The rules and the profile are those {@code outsidein validate} uses
 * for the file (a {@code .outsidein-rules} beside it included).
 */
public final class DiagramFindings {

	private DiagramFindings() {
	}

	/**
	 * The findings of each node, by node id, in the rules' order; nodes without a finding are left out.
	 *
	 * @param source  the diagram drawn
	 * @param nodeIds the ids of the nodes drawn now
	 */
	public static Map<String, List<Issue>> of(DiagramSession session, DiagramSource source, Collection<String> nodeIds,
			LocalDate asOf) {
		return session.access().call(() -> {
			Map<String, List<Issue>> byElement = findingsByElement(session, asOf);
			Map<String, List<Issue>> byNode = new LinkedHashMap<>();
			if (byElement.isEmpty()) {
				return byNode;
			}
			for (String nodeId : nodeIds) {
				source.elementOf(nodeId).map(DiagramFindings::fragmentOf).map(byElement::get)
						.ifPresent(issues -> byNode.put(nodeId, issues));
			}
			return byNode;
		});
	}

	private static Map<String, List<Issue>> findingsByElement(DiagramSession session, LocalDate asOf) {
		ValidationService service = ValidationService.fromExtensions();
		RuleProfile profile;
		try {
			profile = RuleProfile.forModel(null, session.modelFile(), service.rules());
		} catch (ProfileException e) {
			// the command line reports a broken profile; on the diagram every rule runs at its own severity
			profile = RuleProfile.DEFAULTS;
		}
		Map<String, List<Issue>> byElement = new HashMap<>();
		for (Issue issue : service.validate(session.model(), asOf, profile, session.modelFile()).issues()) {
			if (issue.targetUri() != null) {
				byElement.computeIfAbsent(issue.targetUri(), key -> new ArrayList<>()).add(issue);
			}
		}
		return byElement;
	}

	private static String fragmentOf(EObject element) {
		Resource resource = element.eResource();
		return resource == null ? null : resource.getURIFragment(element);
	}
}
