package org.outsidein.diagram.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;

/**
 * A diagram as plain data: the top-level nodes (containers hold their children) and the edges. What an editor,
 * a layout or an SVG writer works from; it knows nothing of how it was made.
 */
public final class DiagramGraph {

	private final String descriptionId;
	private final EObject root;
	private final List<DiagramNode> nodes = new ArrayList<>();
	private final List<DiagramEdge> edges = new ArrayList<>();

	public DiagramGraph(String descriptionId, EObject root) {
		this.descriptionId = descriptionId;
		this.root = root;
	}

	public String descriptionId() {
		return descriptionId;
	}

	public EObject root() {
		return root;
	}

	public List<DiagramNode> nodes() {
		return nodes;
	}

	public List<DiagramEdge> edges() {
		return edges;
	}

	/** Every node, nested ones included, parents first. */
	public List<DiagramNode> allNodes() {
		List<DiagramNode> all = new ArrayList<>();
		collect(nodes, all);
		return all;
	}

	private static void collect(List<DiagramNode> nodes, List<DiagramNode> into) {
		for (DiagramNode node : nodes) {
			into.add(node);
			collect(node.children(), into);
		}
	}

	/** How many ordinary (not aggregate) nodes each mapping made. */
	public Map<String, Integer> nodeCounts() {
		Map<String, Integer> counts = new TreeMap<>();
		for (DiagramNode node : allNodes()) {
			if (!node.isAggregate()) {
				counts.merge(node.mapping(), 1, Integer::sum);
			}
		}
		return counts;
	}

	/** How many edges each mapping made, a folded edge counting for every edge it stands for. */
	public Map<String, Integer> edgeCounts() {
		Map<String, Integer> counts = new TreeMap<>();
		for (DiagramEdge edge : edges) {
			counts.merge(edge.mapping(), edge.isFolded() ? edge.folded() : 1, Integer::sum);
		}
		return counts;
	}

	/** The overall size once laid out. */
	public double width() {
		return nodes.stream().mapToDouble(n -> n.bounds().x + n.bounds().width).max().orElse(0);
	}

	public double height() {
		return nodes.stream().mapToDouble(n -> n.bounds().y + n.bounds().height).max().orElse(0);
	}
}
