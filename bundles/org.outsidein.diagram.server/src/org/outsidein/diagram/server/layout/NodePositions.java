package org.outsidein.diagram.server.layout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.outsidein.diagram.server.source.DiagramGraph;
import org.outsidein.diagram.server.source.DiagramNode;

/**
 * Where the user put nodes, by node id, relative to their parent: diagram data, kept apart from the model (in a
 * {@link LayoutFile} beside it) so that the model stays free of it. Laid over a source's own placement.
 */
public final class NodePositions {

	/** A position relative to the node's parent. */
	public record Position(double x, double y) {
	}

	private final Map<String, Position> positions = new LinkedHashMap<>();
	private boolean changed;

	// Synchronized: the tabs of one diagram each move nodes on a thread of their own.
	public synchronized Optional<Position> of(String nodeId) {
		return Optional.ofNullable(positions.get(nodeId));
	}

	/** Sets (or, with {@code null}, forgets) a node's position; returns what it was. */
	public synchronized Position put(String nodeId, Position position) {
		changed = true;
		return position == null ? positions.remove(nodeId) : positions.put(nodeId, position);
	}

	public synchronized Map<String, Position> asMap() {
		return Map.copyOf(positions);
	}

	/** Whether positions changed since they were last read or written. */
	public synchronized boolean isChanged() {
		return changed;
	}

	synchronized void markSaved() {
		changed = false;
	}

	/** The graph with every node the user moved where they put it. */
	public DiagramGraph applyTo(DiagramGraph graph) {
		return new DiagramGraph(placed(graph.nodes()), graph.edges());
	}

	private List<DiagramNode> placed(List<DiagramNode> nodes) {
		return nodes.stream().map(node -> {
			DiagramNode moved = of(node.id()).map(p -> node.movedTo(p.x(), p.y())).orElse(node);
			return moved.withChildren(placed(node.children()));
		}).toList();
	}
}
