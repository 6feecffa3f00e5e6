package org.outsidein.diagram.interpreter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.outsidein.diagram.description.AbstractNodeMapping;
import org.outsidein.diagram.descriptions.CompiledDescription;
import org.outsidein.diagram.descriptions.CompiledEdgeMapping;
import org.outsidein.diagram.descriptions.CompiledNodeMapping.ConditionalStyle;
import org.outsidein.diagram.expressions.Bindings;
import org.outsidein.diagram.expressions.Values;
import org.outsidein.diagram.graph.DiagramEdge;
import org.outsidein.diagram.graph.DiagramGraph;
import org.outsidein.diagram.graph.DiagramNode;
import org.outsidein.diagram.tools.ToolVariables;

/**
 * Makes the edges of a diagram once its nodes exist. An edge joins every node showing its source to every node
 * showing its target (an element may be shown in several containers); an end hidden in an aggregate node is
 * joined to that node instead, once.
 */
final class EdgeBuilder {

	private final CompiledDescription description;
	private final EObject root;
	private final NodeIndex index;

	EdgeBuilder(CompiledDescription description, EObject root, NodeIndex index) {
		this.description = description;
		this.root = root;
		this.index = index;
	}

	void build(DiagramGraph graph) {
		for (CompiledEdgeMapping mapping : description.edgeMappings()) {
			int first = graph.edges().size();
			if (mapping.isElementBased()) {
				elementEdges(mapping, graph);
			} else {
				relationEdges(mapping, graph);
			}
			int foldAbove = mapping.mapping().getFoldAbove();
			if (foldAbove > 0) {
				fold(mapping, graph.edges().subList(first, graph.edges().size()), foldAbove);
			}
		}
	}

	/**
	 * Replaces the mapping's edges from one source into one container, when there are more than {@code foldAbove}
	 * of them, by one edge to the container labelled with their number. In place, keeping the edges' order.
	 */
	private static void fold(CompiledEdgeMapping mapping, List<DiagramEdge> made, int foldAbove) {
		Map<List<DiagramNode>, List<DiagramEdge>> byEnds = new LinkedHashMap<>();
		for (DiagramEdge edge : made) {
			if (edge.target().parent() != null && !isInside(edge.source(), edge.target().parent())) {
				byEnds.computeIfAbsent(List.of(edge.source(), edge.target().parent()), ends -> new ArrayList<>()).add(edge);
			}
		}
		Map<DiagramEdge, DiagramEdge> foldedInto = new IdentityHashMap<>();
		for (Map.Entry<List<DiagramNode>, List<DiagramEdge>> group : byEnds.entrySet()) {
			List<DiagramEdge> edges = group.getValue();
			if (edges.size() > foldAbove) {
				DiagramNode source = group.getKey().get(0);
				DiagramNode container = group.getKey().get(1);
				DiagramEdge folded = new DiagramEdge(mapping.name() + ":" + source.id() + "=>" + container.id(),
						mapping.name(), null, source, container, edges.size() + " \u00d7 " + mapping.name(),
						edges.get(0).style(), edges.size());
				edges.forEach(edge -> foldedInto.put(edge, folded));
			}
		}
		if (foldedInto.isEmpty()) {
			return;
		}
		// The folded edge takes the place of the first edge it stands for.
		List<DiagramEdge> kept = new ArrayList<>();
		Set<DiagramEdge> placed = Collections.newSetFromMap(new IdentityHashMap<>());
		for (DiagramEdge edge : made) {
			DiagramEdge folded = foldedInto.get(edge);
			if (folded == null) {
				kept.add(edge);
			} else if (placed.add(folded)) {
				kept.add(folded);
			}
		}
		made.clear();
		made.addAll(kept);
	}

	private static boolean isInside(DiagramNode node, DiagramNode container) {
		for (DiagramNode parent = node.parent(); parent != null; parent = parent.parent()) {
			if (parent == container) {
				return true;
			}
		}
		return false;
	}

	/** One edge from each source to each element the target finder returns for it. */
	private void relationEdges(CompiledEdgeMapping mapping, DiagramGraph graph) {
		Set<String> made = new HashSet<>();
		Bindings finder = mapping.elementEnvironment().bind().set(ToolVariables.DIAGRAM, root);
		Bindings pair = mapping.labelEnvironment().bind().set(ToolVariables.DIAGRAM, root);
		for (DiagramNode source : index.all(mapping.mapping().getSourceMappings())) {
			finder.set(ToolVariables.SELF, source.element());
			pair.set(ToolVariables.SELF, source.element());
			for (Object found : mapping.targetFinder().list(finder)) {
				if (!(found instanceof EObject target)) {
					continue;
				}
				pair.set(ToolVariables.TARGET, target);
				if (mapping.precondition() != null && !mapping.precondition().test(pair)) {
					continue;
				}
				for (DiagramNode targetNode : nodes(mapping.mapping().getTargetMappings(), target)) {
					String id = mapping.name() + ":" + source.id() + "->" + targetNode.id();
					if (made.add(id)) {
						graph.edges().add(new DiagramEdge(id, mapping.name(), null, source, targetNode,
								label(mapping, pair), ConditionalStyle.select(mapping.styles(), pair)));
					}
				}
			}
		}
	}

	/** One edge per element of the domain class, between what its source and target finders return. */
	private void elementEdges(CompiledEdgeMapping mapping, DiagramGraph graph) {
		Bindings bindings = mapping.elementEnvironment().bind().set(ToolVariables.DIAGRAM, root);
		Set<String> aggregatedPairs = new HashSet<>();
		for (Object candidate : candidates(mapping)) {
			if (!(candidate instanceof EObject element) || !mapping.domainClass().isInstance(element)) {
				continue;
			}
			bindings.set(ToolVariables.SELF, element);
			if (mapping.precondition() != null && !mapping.precondition().test(bindings)) {
				continue;
			}
			String fragment = EcoreUtil.getURI(element).fragment();
			List<DiagramNode> sources = ends(mapping.mapping().getSourceMappings(), mapping.sourceFinder().list(bindings));
			List<DiagramNode> targets = ends(mapping.mapping().getTargetMappings(), mapping.targetFinder().list(bindings));
			for (DiagramNode source : sources) {
				for (DiagramNode target : targets) {
					if ((source.isAggregate() || target.isAggregate())
							&& !aggregatedPairs.add(source.id() + "->" + target.id())) {
						continue; // elements hidden in an aggregate node share one edge to it
					}
					// The element's fragment alone while it is drawn once; with the ends when it is drawn more often.
					String id = sources.size() * targets.size() == 1 ? fragment
							: fragment + "|" + source.id() + "->" + target.id();
					graph.edges().add(new DiagramEdge(id, mapping.name(), element, source, target,
							label(mapping, bindings), ConditionalStyle.select(mapping.styles(), bindings)));
				}
			}
		}
	}

	private List<?> candidates(CompiledEdgeMapping mapping) {
		if (mapping.candidates() == null) {
			List<EObject> all = new ArrayList<>();
			root.eAllContents().forEachRemaining(all::add);
			return all;
		}
		return mapping.candidates().list(mapping.candidates().bind().set(ToolVariables.SELF, root)
				.set(ToolVariables.DIAGRAM, root));
	}

	private List<DiagramNode> ends(List<AbstractNodeMapping> mappings, List<?> elements) {
		List<DiagramNode> ends = new ArrayList<>();
		for (Object element : elements) {
			if (element instanceof EObject object) {
				for (DiagramNode node : nodes(mappings, object)) {
					if (!ends.contains(node)) {
						ends.add(node);
					}
				}
			}
		}
		return ends;
	}

	private List<DiagramNode> nodes(List<AbstractNodeMapping> mappings, EObject element) {
		if (mappings.size() == 1) {
			return index.get(mappings.get(0), element);
		}
		List<DiagramNode> nodes = new ArrayList<>();
		for (AbstractNodeMapping mapping : mappings) {
			nodes.addAll(index.get(mapping, element));
		}
		return nodes;
	}

	private static String label(CompiledEdgeMapping mapping, Bindings bindings) {
		if (mapping.label() != null) {
			return mapping.label().text(bindings);
		}
		return mapping.isElementBased() ? Values.text(bindings.get(ToolVariables.SELF)) : "";
	}
}
