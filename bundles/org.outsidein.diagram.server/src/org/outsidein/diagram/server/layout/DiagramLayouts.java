package org.outsidein.diagram.server.layout;

import java.util.Map;
import java.util.TreeMap;

/**
 * The positions a user gave nodes, one set per diagram of the model (by diagram type): a customer is placed apart in
 * the ecosystem and in the engagement map. Sets of diagrams not served now (a description no longer installed) are
 * kept and written back, so that no arrangement is lost.
 */
public final class DiagramLayouts {

	private final Map<String, NodePositions> byDiagram = new TreeMap<>();

	/** The positions of one diagram; an empty set, kept, when it has none yet. */
	public synchronized NodePositions of(String diagramType) {
		return byDiagram.computeIfAbsent(diagramType, type -> new NodePositions());
	}

	public synchronized boolean isChanged() {
		return byDiagram.values().stream().anyMatch(NodePositions::isChanged);
	}

	/** The diagrams that have positions, sorted by type. */
	public synchronized Map<String, NodePositions> asMap() {
		Map<String, NodePositions> sets = new TreeMap<>();
		byDiagram.forEach((type, positions) -> {
			if (!positions.asMap().isEmpty()) {
				sets.put(type, positions);
			}
		});
		return sets;
	}

	synchronized void markSaved() {
		byDiagram.values().forEach(NodePositions::markSaved);
	}
}
