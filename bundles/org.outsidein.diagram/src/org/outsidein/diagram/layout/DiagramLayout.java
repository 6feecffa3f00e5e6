package org.outsidein.diagram.layout;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.elk.alg.layered.components.ComponentOrderingStrategy;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.BoxLayouterOptions;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.outsidein.diagram.description.NodeStyle;
import org.outsidein.diagram.graph.DiagramEdge;
import org.outsidein.diagram.graph.DiagramGraph;
import org.outsidein.diagram.graph.DiagramNode;

/**
 * Lays a diagram out with ELK Layered, left to right, and writes positions, sizes and edge routes back into the
 * graph. Each container is laid out on its own, inside out (ELK's default): its children, mostly unconnected
 * among themselves, are packed in rows rather than stacked in one tall column, which is what laying the whole
 * hierarchy out at once would do. An edge that crosses container borders counts, for the layering, as an edge
 * between the top-level nodes holding its ends; it is drawn straight between its ends' borders ({@link StraightRoutes}).
 */
public final class DiagramLayout {

	private static volatile boolean registered;

	private DiagramLayout() {
	}

	public static void layout(DiagramGraph graph) {
		registerLayered();
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
		root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		root.setProperty(CoreOptions.SPACING_NODE_NODE, 24.0);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 60.0);
		root.setProperty(CoreOptions.PADDING, new ElkPadding(20));
		keepModelOrder(root);
		Set<DiagramNode> connectedInside = Collections.newSetFromMap(new IdentityHashMap<>());
		for (DiagramEdge edge : graph.edges()) {
			if (edge.source().parent() == edge.target().parent() && edge.source().parent() != null) {
				connectedInside.add(edge.source().parent());
			}
		}
		Map<DiagramNode, ElkNode> nodes = new IdentityHashMap<>();
		for (DiagramNode node : graph.nodes()) {
			add(node, root, nodes, connectedInside);
		}
		Map<DiagramEdge, ElkEdge> routed = new IdentityHashMap<>();
		Set<String> layering = new HashSet<>();
		for (DiagramEdge edge : graph.edges()) {
			if (edge.source().parent() == edge.target().parent() && !PlotPlacement.applies(edge.source().parent())) {
				routed.put(edge, connect(nodes.get(edge.source()), nodes.get(edge.target())));
			} else {
				DiagramNode from = topLevel(edge.source());
				DiagramNode to = topLevel(edge.target());
				if (from != to && layering.add(from.id() + "->" + to.id())) {
					connect(nodes.get(from), nodes.get(to));
				}
			}
		}
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
		nodes.forEach(DiagramLayout::readBack); // plotted children are not in the map: their bounds are set already
		routed.forEach(DiagramLayout::readBack);
		for (DiagramEdge edge : graph.edges()) {
			if (!routed.containsKey(edge)) {
				StraightRoutes.route(edge);
			}
		}
	}

	/**
	 * Nodes of a layer stay in the order the description made them (roles in their methodology's order, say), so an
	 * edit that adds one line does not reshuffle the containers an analyst has learnt where to find.
	 */
	private static void keepModelOrder(ElkNode layered) {
		layered.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
		layered.setProperty(LayeredOptions.CROSSING_MINIMIZATION_FORCE_NODE_MODEL_ORDER, true);
		// Unconnected parts too (a fresh model's organisation and its empty roles): the first made comes first.
		layered.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_COMPONENTS, ComponentOrderingStrategy.MODEL_ORDER);
	}

	private static ElkEdge connect(ElkNode source, ElkNode target) {
		ElkEdge edge = ElkGraphUtil.createSimpleEdge(source, target);
		ElkGraphUtil.updateContainment(edge);
		return edge;
	}

	private static DiagramNode topLevel(DiagramNode node) {
		DiagramNode top = node;
		while (top.parent() != null) {
			top = top.parent();
		}
		return top;
	}

	/** ELK finds algorithms through ServiceLoader outside OSGi; inside, each bundle's provider is registered by hand. */
	private static void registerLayered() {
		if (!registered) {
			synchronized (DiagramLayout.class) {
				if (!registered) {
					LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
					registered = true;
				}
			}
		}
	}

	private static ElkNode add(DiagramNode node, ElkNode parent, Map<DiagramNode, ElkNode> nodes,
			Set<DiagramNode> connectedInside) {
		ElkNode elkNode = ElkGraphUtil.createNode(parent);
		double[] size = size(node);
		nodes.put(node, elkNode);
		if (PlotPlacement.applies(node)) {
			// The description places the children (a plot): ELK only sees the container, at the size the plot needs.
			double[] plot = PlotPlacement.place(node, size);
			elkNode.setDimensions(plot[0], plot[1]);
			return elkNode;
		}
		elkNode.setDimensions(size[0], size[1]);
		if (node.isContainer()) {
			// A container grows around its children but never below its style's size, which keeps the label readable.
			elkNode.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
			elkNode.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(size[0], size[1]));
			elkNode.setProperty(CoreOptions.PADDING, new ElkPadding(LabelSizes.CONTAINER_HEADER + LabelSizes.PADDING,
					LabelSizes.PADDING, LabelSizes.PADDING, LabelSizes.PADDING));
			if (connectedInside.contains(node)) {
				keepModelOrder(elkNode);
			} else {
				// No line joins these children: rows of boxes, which the box layouter packs in a fraction of the
				// time layered takes to find that each child is a component of its own.
				elkNode.setProperty(CoreOptions.ALGORITHM, BoxLayouterOptions.ALGORITHM_ID);
				elkNode.setProperty(CoreOptions.SPACING_NODE_NODE, 12.0);
			}
		}
		int priority = node.children().size();
		for (DiagramNode child : node.children()) {
			// The box layouter puts higher priorities first (then larger boxes): this keeps the model's order.
			add(child, elkNode, nodes, connectedInside).setProperty(CoreOptions.PRIORITY, priority--);
		}
		return elkNode;
	}

	/** A box's style size, widened to fit its label. */
	static double[] size(DiagramNode node) {
		NodeStyle style = node.style();
		boolean bold = style != null && style.isBold();
		double width = Math.max(style == null ? 120 : style.getWidth(), LabelSizes.width(node.label(), bold)
				+ 2 * LabelSizes.PADDING);
		return new double[] { width, style == null ? 40 : style.getHeight() };
	}

	private static void readBack(DiagramNode node, ElkNode elkNode) {
		node.bounds().x = elkNode.getX();
		node.bounds().y = elkNode.getY();
		node.bounds().width = elkNode.getWidth();
		node.bounds().height = elkNode.getHeight();
	}

	/** Edge sections are relative to the node that contains the edge; the graph keeps diagram coordinates. */
	private static void readBack(DiagramEdge edge, ElkEdge elkEdge) {
		double dx = 0;
		double dy = 0;
		for (ElkNode container = elkEdge.getContainingNode(); container != null
				&& container.getParent() != null; container = container.getParent()) {
			dx += container.getX();
			dy += container.getY();
		}
		edge.route().clear();
		for (ElkEdgeSection section : elkEdge.getSections()) {
			edge.route().add(new double[] { section.getStartX() + dx, section.getStartY() + dy });
			for (ElkBendPoint bend : section.getBendPoints()) {
				edge.route().add(new double[] { bend.getX() + dx, bend.getY() + dy });
			}
			edge.route().add(new double[] { section.getEndX() + dx, section.getEndY() + dy });
		}
	}
}
