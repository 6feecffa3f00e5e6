package org.outsidein.diagram.interpreter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.outsidein.diagram.expressions.Referrers;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.outsidein.diagram.description.NodeStyle;
import org.outsidein.diagram.descriptions.CompiledDescription;
import org.outsidein.diagram.descriptions.CompiledNodeMapping;
import org.outsidein.diagram.descriptions.CompiledNodeMapping.ConditionalStyle;
import org.outsidein.diagram.expressions.Bindings;
import org.outsidein.diagram.expressions.Values;
import org.outsidein.diagram.graph.DiagramGraph;
import org.outsidein.diagram.graph.DiagramNode;
import org.outsidein.diagram.tools.ToolVariables;

/**
 * Turns a model and a description into a diagram graph, as Sirius does: for each mapping, the candidates
 * expression, then the domain-class filter, then the precondition; each survivor becomes one node (or container,
 * whose own mappings are evaluated inside it). Edges follow, between the nodes made ({@link EdgeBuilder}).
 */
public final class DiagramInterpreter {

	private final CompiledDescription description;
	private final EObject root;
	private final NodeIndex index = new NodeIndex();
	private final Set<String> ids = new HashSet<>();

	private DiagramInterpreter(CompiledDescription description, EObject root) {
		this.description = description;
		this.root = root;
	}

	/**
	 * @throws IllegalArgumentException when the root is not of the description's domain class
	 * @throws org.outsidein.diagram.descriptions.DescriptionEvaluationException when an expression fails on this model
	 */
	public static DiagramGraph interpret(CompiledDescription description, EObject root) {
		if (!description.rootClass().isInstance(root)) {
			throw new IllegalArgumentException(description.source() + ": the diagram '" + description.id()
					+ "' shows a " + description.rootClass().getName() + ", not a " + root.eClass().getName());
		}
		return Referrers.indexed(root, () -> new DiagramInterpreter(description, root).run());
	}

	private DiagramGraph run() {
		DiagramGraph graph = new DiagramGraph(description.id(), root);
		for (CompiledNodeMapping mapping : description.nodeMappings()) {
			graph.nodes().addAll(nodes(mapping, null, root));
		}
		new EdgeBuilder(description, root, index).build(graph);
		return graph;
	}

	private List<DiagramNode> nodes(CompiledNodeMapping mapping, DiagramNode parent, EObject parentElement) {
		List<EObject> survivors = survivors(mapping, parentElement);
		int limit = Math.max(1, mapping.mapping().getLimit());
		List<DiagramNode> made = new ArrayList<>();
		Bindings bindings = elementBindings(mapping, parentElement);
		for (EObject element : survivors.subList(0, Math.min(limit, survivors.size()))) {
			bindings.set(ToolVariables.SELF, element);
			DiagramNode node = new DiagramNode(id(parent, EcoreUtil.getURI(element).fragment(), mapping), mapping.name(), element,
					mapping.label() == null ? Values.text(element) : mapping.label().text(bindings),
					ConditionalStyle.select(mapping.styles(), bindings), mapping.isContainer(), 0);
			place(node, mapping, bindings);
			made.add(node);
			index.put(mapping.mapping(), element, node);
			for (CompiledNodeMapping child : mapping.children()) {
				for (DiagramNode childNode : nodes(child, node, element)) {
					node.add(childNode);
				}
			}
		}
		if (survivors.size() > limit) {
			made.add(aggregate(mapping, parent, survivors.subList(limit, survivors.size())));
		}
		return made;
	}

	/**
	 * One node for the elements beyond the limit, so that a group of 100 000 customers is drawn as 200 and a
	 * count; edges to the hidden elements end at it.
	 */
	private DiagramNode aggregate(CompiledNodeMapping mapping, DiagramNode parent, List<EObject> hidden) {
		NodeStyle style = mapping.styles().get(mapping.styles().size() - 1).style();
		DiagramNode node = new DiagramNode(id(parent, "+" + mapping.name(), mapping), mapping.name(), null,
				"+ " + hidden.size() + " more", style, false, hidden.size());
		for (EObject element : hidden) {
			index.put(mapping.mapping(), element, node);
		}
		return node;
	}

	/** A plot position: x to the right, larger y higher up; an element missing either number is left to the layout. */
	private static void place(DiagramNode node, CompiledNodeMapping mapping, Bindings bindings) {
		if (mapping.placement() == null) {
			return;
		}
		Object x = mapping.placement().x().evaluate(bindings);
		Object y = mapping.placement().y().evaluate(bindings);
		if (x instanceof Number across && y instanceof Number up) {
			int scale = mapping.placement().scale();
			node.place(across.doubleValue() * scale, -up.doubleValue() * scale);
		}
	}

	/** Candidates, then the domain-class filter, then the precondition. */
	private List<EObject> survivors(CompiledNodeMapping mapping, EObject parentElement) {
		List<?> candidates;
		if (mapping.candidates() == null) {
			candidates = contents(parentElement);
		} else {
			Bindings bindings = mapping.candidates().bind().set(ToolVariables.SELF, parentElement)
					.set(ToolVariables.CONTAINER, parentElement).set(ToolVariables.DIAGRAM, root);
			candidates = mapping.candidates().list(bindings);
		}
		List<EObject> survivors = new ArrayList<>();
		Bindings bindings = elementBindings(mapping, parentElement);
		for (Object candidate : candidates) {
			if (!(candidate instanceof EObject element) || !mapping.domainClass().isInstance(element)) {
				continue;
			}
			if (mapping.precondition() != null && !mapping.precondition().test(bindings.set(ToolVariables.SELF, element))) {
				continue;
			}
			survivors.add(element);
		}
		return survivors;
	}

	private static List<EObject> contents(EObject parent) {
		List<EObject> all = new ArrayList<>();
		parent.eAllContents().forEachRemaining(all::add);
		return all;
	}

	/** Precondition, label and style predicates share one environment (self, container, diagram). */
	private Bindings elementBindings(CompiledNodeMapping mapping, EObject parentElement) {
		return mapping.elementEnvironment().bind().set(ToolVariables.CONTAINER, parentElement)
				.set(ToolVariables.DIAGRAM, root);
	}

	/**
	 * The element's fragment, after its parent's id when nested; when two mappings show one element in the same
	 * parent (the model root as two zones, say), the second one's id also names its mapping.
	 */
	private String id(DiagramNode parent, String fragment, CompiledNodeMapping mapping) {
		String id = parent == null ? fragment : parent.id() + "|" + fragment;
		if (!ids.add(id)) {
			id = id + "#" + mapping.name();
			ids.add(id);
		}
		return id;
	}
}
