package org.outsidein.diagram.server.glsp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.features.validation.Marker;
import org.eclipse.glsp.server.features.validation.MarkerKind;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.outsidein.diagram.server.DiagramFindings;
import org.outsidein.diagram.server.DiagramSession;
import org.outsidein.diagram.server.source.DiagramSource;
import org.outsidein.validation.Issue;
import org.outsidein.validation.Severity;

import com.google.inject.Inject;

/**
 * The model checks as badges on the diagram: GLSP runs this after every change (debounced) and the client draws
 * each marker on its node, with the finding as the tooltip. The rules run once for the whole model, not per node.
 */
public class FindingsValidator implements ModelValidator {

	@Inject
	private DiagramSession session;

	@Inject
	private DiagramSource source;

	@Override
	public List<Marker> validate(List<GModelElement> elements, String reason) {
		List<String> nodeIds = new ArrayList<>();
		elements.forEach(element -> collectNodes(element, nodeIds));
		List<Marker> markers = new ArrayList<>();
		Map<String, List<Issue>> findings = DiagramFindings.of(session, source, nodeIds, LocalDate.now());
		findings.forEach((nodeId, issues) -> issues.forEach(issue -> markers.add(new Marker(issue.ruleId(),
				issue.message(), nodeId, kindOf(issue.severity())))));
		return markers;
	}

	private static void collectNodes(GModelElement element, List<String> into) {
		if (element instanceof GNode) {
			into.add(element.getId());
		}
		element.getChildren().forEach(child -> collectNodes(child, into));
	}

	private static String kindOf(Severity severity) {
		return switch (severity) {
		case ERROR -> MarkerKind.ERROR;
		case WARNING -> MarkerKind.WARNING;
		case INFO -> MarkerKind.INFO;
		};
	}
}
