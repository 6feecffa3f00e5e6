package org.outsidein.diagram.server.descriptions;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.outsidein.diagram.description.EdgeStyle;
import org.outsidein.diagram.description.LineStyle;
import org.outsidein.diagram.description.NodeStyle;
import org.outsidein.diagram.graph.DiagramEdge;
import org.outsidein.diagram.graph.DiagramNode;
import org.outsidein.diagram.server.source.Bounds;
import org.outsidein.diagram.server.source.DiagramElementTypes;
import org.outsidein.diagram.server.source.DiagramGraph;
import org.outsidein.diagram.server.source.DiagramStyle;

/**
 * A laid-out description graph as the server's plain graph: each node typed by its mapping (so the client knows
 * which tools apply to it), with its description style; aggregate nodes and folded edges typed apart and never
 * editable.
 */
final class ServedGraph {

	private ServedGraph() {
	}

	/** @param renamable whether a node's mapping has a direct-edit tool */
	static DiagramGraph of(org.outsidein.diagram.graph.DiagramGraph drawn, Predicate<DiagramNode> renamable) {
		List<org.outsidein.diagram.server.source.DiagramNode> nodes = drawn.nodes().stream()
				.map(node -> node(node, renamable)).toList();
		List<org.outsidein.diagram.server.source.DiagramEdge> edges = drawn.edges().stream().map(ServedGraph::edge)
				.toList();
		return new DiagramGraph(nodes, edges);
	}

	private static org.outsidein.diagram.server.source.DiagramNode node(DiagramNode node,
			Predicate<DiagramNode> renamable) {
		String type = node.isAggregate() ? DiagramElementTypes.aggregate(node.mapping())
				: DiagramElementTypes.node(node.mapping());
		DiagramNode.Bounds b = node.bounds();
		return new org.outsidein.diagram.server.source.DiagramNode(node.id(), type, node.label(),
				!node.isAggregate() && renamable.test(node), new Bounds(b.x, b.y, b.width, b.height),
				node.children().stream().map(child -> node(child, renamable)).toList(), style(node));
	}

	private static Map<String, String> style(DiagramNode node) {
		Map<String, String> style = new HashMap<>();
		NodeStyle nodeStyle = node.style();
		if (nodeStyle != null) {
			style.put(DiagramStyle.SHAPE, nodeStyle.getShape().getName().toLowerCase(Locale.ROOT));
			putColour(style, DiagramStyle.FILL, nodeStyle.getColor());
			putColour(style, DiagramStyle.BORDER, nodeStyle.getBorderColor());
			putColour(style, DiagramStyle.LABEL_COLOUR, nodeStyle.getLabelColor());
			style.put(DiagramStyle.BOLD, Boolean.toString(nodeStyle.isBold()));
		}
		style.put(DiagramStyle.CONTAINER, Boolean.toString(node.isContainer()));
		style.put(DiagramStyle.AGGREGATE, Boolean.toString(node.isAggregate()));
		return style;
	}

	private static org.outsidein.diagram.server.source.DiagramEdge edge(DiagramEdge edge) {
		Map<String, String> style = new HashMap<>();
		EdgeStyle edgeStyle = edge.style();
		if (edgeStyle != null) {
			putColour(style, DiagramStyle.BORDER, edgeStyle.getColor());
			style.put(DiagramStyle.WIDTH, Integer.toString(edge.width()));
			style.put(DiagramStyle.LINE, (edgeStyle.getLineStyle() == null ? LineStyle.SOLID : edgeStyle.getLineStyle())
					.getName().toLowerCase(Locale.ROOT));
			style.put(DiagramStyle.ARROW, Boolean.toString(edgeStyle.isTargetArrow()));
		}
		if (edge.isFolded()) {
			style.put(DiagramStyle.TEXT, edge.label());
			style.put(DiagramStyle.FOLDED, Integer.toString(edge.folded()));
		}
		String type = edge.isFolded() ? DiagramElementTypes.folded(edge.mapping()) : DiagramElementTypes.edge(edge.mapping());
		return new org.outsidein.diagram.server.source.DiagramEdge(edge.id(), type, edge.source().id(),
				edge.target().id(), style);
	}

	private static void putColour(Map<String, String> style, String key, String value) {
		String colour = DiagramStyle.colour(value);
		if (colour != null) {
			style.put(key, colour);
		}
	}
}
