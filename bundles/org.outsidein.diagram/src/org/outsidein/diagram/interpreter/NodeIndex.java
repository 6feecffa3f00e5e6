package org.outsidein.diagram.interpreter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.outsidein.diagram.description.AbstractNodeMapping;
import org.outsidein.diagram.graph.DiagramNode;

/** The nodes each mapping made, by element, so that edges find their ends without searching the graph. */
final class NodeIndex {

	private final Map<AbstractNodeMapping, Map<EObject, List<DiagramNode>>> nodes = new IdentityHashMap<>();

	void put(AbstractNodeMapping mapping, EObject element, DiagramNode node) {
		nodes.computeIfAbsent(mapping, m -> new LinkedHashMap<>()).computeIfAbsent(element, e -> new ArrayList<>(1)).add(node);
	}

	List<DiagramNode> get(AbstractNodeMapping mapping, EObject element) {
		Map<EObject, List<DiagramNode>> byElement = nodes.get(mapping);
		List<DiagramNode> found = byElement == null ? null : byElement.get(element);
		return found == null ? List.of() : found;
	}

	/** Every node of the mappings, in the order they were made. */
	List<DiagramNode> all(List<AbstractNodeMapping> mappings) {
		List<DiagramNode> all = new ArrayList<>();
		for (AbstractNodeMapping mapping : mappings) {
			Map<EObject, List<DiagramNode>> byElement = nodes.get(mapping);
			if (byElement != null) {
				byElement.values().forEach(list -> list.stream().filter(n -> !n.isAggregate()).forEach(all::add));
			}
		}
		return all;
	}
}
