package org.outsidein.diagram.server.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A diagram as plain data: top-level nodes (containers hold theirs) and the edges between any two nodes. */
public record DiagramGraph(List<DiagramNode> nodes, List<DiagramEdge> edges) {

	public DiagramGraph {
		nodes = List.copyOf(nodes);
		edges = List.copyOf(edges);
	}

	/** Every node, containers first, then what they hold. */
	public List<DiagramNode> allNodes() {
		List<DiagramNode> all = new ArrayList<>();
		nodes.forEach(node -> node.collectInto(all));
		return all;
	}

	public Optional<DiagramNode> node(String id) {
		return allNodes().stream().filter(node -> node.id().equals(id)).findFirst();
	}
}
