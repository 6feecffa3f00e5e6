package org.outsidein.diagram.descriptions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.outsidein.diagram.description.AbstractNodeMapping;
import org.outsidein.diagram.description.ConditionalEdgeStyle;
import org.outsidein.diagram.description.ConditionalNodeStyle;
import org.outsidein.diagram.description.ContainerMapping;
import org.outsidein.diagram.description.DescriptionFactory;
import org.outsidein.diagram.description.DiagramDescription;
import org.outsidein.diagram.description.EdgeMapping;
import org.outsidein.diagram.description.EdgeStyle;
import org.outsidein.diagram.description.Layer;
import org.outsidein.diagram.description.NodeStyle;
import org.outsidein.diagram.descriptions.CompiledNodeMapping.ConditionalStyle;
import org.outsidein.diagram.descriptions.CompiledNodeMapping.Placement;
import org.outsidein.diagram.descriptions.ExpressionChecker.Expecting;
import org.outsidein.diagram.expressions.ExpressionType;
import org.outsidein.diagram.expressions.Metamodel;
import org.outsidein.diagram.expressions.TypeEnvironment;
import org.outsidein.diagram.tools.ToolCompiler;
import org.outsidein.diagram.tools.ToolVariables;

/**
 * Checks a description against the metamodel it maps and compiles every expression in it. All problems are
 * collected and reported together ({@link DescriptionException}); a description with any is not used.
 */
public final class DescriptionCompiler {

	private final DiagramDescription description;
	private final ExpressionChecker checker;
	private final EClass rootClass;
	private final Map<AbstractNodeMapping, CompiledNodeMapping> compiledNodes = new IdentityHashMap<>();
	private final Set<String> names = new HashSet<>();

	private DescriptionCompiler(DiagramDescription description, ExpressionChecker checker, EClass rootClass) {
		this.description = description;
		this.checker = checker;
		this.rootClass = rootClass;
	}

	/** @param source the file the description comes from, for messages */
	public static CompiledDescription compile(DiagramDescription description, String source)
			throws DescriptionException {
		if (description.getId() == null || description.getId().isBlank()) {
			throw new DescriptionException(List.of(source + ": the description has no id"));
		}
		Metamodel metamodel = Metamodel.forNamespace(description.getMetamodel()).orElseThrow(
				() -> new DescriptionException(List.of(source + ": no metamodel is registered for '"
						+ description.getMetamodel() + "'")));
		ExpressionChecker checker = new ExpressionChecker(source, metamodel);
		EClass rootClass = checker.classNamed(description.getDomainClass(), "description '" + description.getId() + "'",
				"domain class");
		if (rootClass == null) {
			throw new DescriptionException(checker.problems());
		}
		return new DescriptionCompiler(description, checker, rootClass).compile();
	}

	private CompiledDescription compile() throws DescriptionException {
		List<CompiledNodeMapping> nodes = new ArrayList<>();
		for (Layer layer : description.getLayers()) {
			for (AbstractNodeMapping mapping : layer.getNodeMappings()) {
				nodes.add(node(mapping, rootClass));
			}
		}
		List<CompiledEdgeMapping> edges = new ArrayList<>();
		for (Layer layer : description.getLayers()) {
			for (EdgeMapping mapping : layer.getEdgeMappings()) {
				edges.add(edge(mapping));
			}
		}
		var tools = new ToolCompiler(checker, rootClass, compiledNodes).compile(description);
		if (!checker.problems().isEmpty()) {
			throw new DescriptionException(checker.problems());
		}
		return new CompiledDescription(description, checker.source(), checker.metamodel(), rootClass, nodes, edges,
				tools);
	}

	private TypeEnvironment diagramEnvironment() {
		return TypeEnvironment.of(checker.metamodel()).with(ToolVariables.DIAGRAM, ExpressionType.one(rootClass));
	}

	private CompiledNodeMapping node(AbstractNodeMapping mapping, EClass parentClass) {
		String owner = owner(mapping.getName());
		ExpressionType parent = ExpressionType.one(parentClass);
		TypeEnvironment candidatesEnvironment = diagramEnvironment().with(ToolVariables.SELF, parent)
				.with(ToolVariables.CONTAINER, parent);
		LocatedExpression candidates = checker.compile(mapping.getSemanticCandidates(), candidatesEnvironment, owner,
				"candidates", Expecting.ELEMENTS);
		EClass domainClass = mapping.getDomainClass() != null ? checker.classNamed(mapping.getDomainClass(), owner,
				"domain class") : candidates != null ? (EClass) candidates.expression().type().classifier() : null;
		if (domainClass == null) {
			if (mapping.getDomainClass() == null) {
				checker.problem(checker.source() + ": " + owner + ": needs a domain class or a candidates expression");
			}
			domainClass = rootClass; // keeps checking the rest of the mapping
		}
		TypeEnvironment elementEnvironment = diagramEnvironment().with(ToolVariables.SELF, ExpressionType.one(domainClass))
				.with(ToolVariables.CONTAINER, parent);
		List<ConditionalStyle<NodeStyle>> styles = new ArrayList<>();
		for (ConditionalNodeStyle conditional : mapping.getConditionalStyles()) {
			styles.add(new ConditionalStyle<>(checker.compile(conditional.getPredicate(), elementEnvironment, owner,
					"style predicate", Expecting.CONDITION), conditional.getStyle()));
		}
		styles.add(new ConditionalStyle<>(null, mapping.getStyle() != null ? mapping.getStyle()
				: DescriptionFactory.eINSTANCE.createNodeStyle()));
		List<CompiledNodeMapping> children = new ArrayList<>();
		if (mapping instanceof ContainerMapping container) {
			for (AbstractNodeMapping child : container.getSubNodeMappings()) {
				children.add(node(child, domainClass));
			}
		}
		CompiledNodeMapping compiled = new CompiledNodeMapping(mapping, domainClass, elementEnvironment, candidates,
				checker.compile(mapping.getPrecondition(), elementEnvironment, owner, "precondition", Expecting.CONDITION),
				checker.compile(mapping.getLabelExpression(), elementEnvironment, owner, "label", Expecting.ANYTHING),
				placement(mapping, elementEnvironment, owner), styles, children);
		compiledNodes.put(mapping, compiled);
		return compiled;
	}

	private Placement placement(AbstractNodeMapping mapping, TypeEnvironment environment, String owner) {
		if (mapping.getXExpression() == null && mapping.getYExpression() == null) {
			return null;
		}
		if (mapping.getXExpression() == null || mapping.getYExpression() == null) {
			checker.problem(checker.source() + ": " + owner + ": needs both an x and a y expression, or neither");
			return null;
		}
		return new Placement(checker.compile(mapping.getXExpression(), environment, owner, "x", Expecting.NUMBER),
				checker.compile(mapping.getYExpression(), environment, owner, "y", Expecting.NUMBER),
				Math.max(1, mapping.getPlotScale()));
	}

	private CompiledEdgeMapping edge(EdgeMapping mapping) {
		String owner = owner(mapping.getName());
		EClass sources = ExpressionChecker.common(classesOf(mapping.getSourceMappings(), owner, "source mappings"));
		EClass targets = ExpressionChecker.common(classesOf(mapping.getTargetMappings(), owner, "target mappings"));
		EClass domainClass = mapping.getDomainClass() == null ? null
				: checker.classNamed(mapping.getDomainClass(), owner, "domain class");
		TypeEnvironment elementEnvironment;
		LocatedExpression candidates = null;
		LocatedExpression sourceFinder = null;
		if (mapping.getDomainClass() == null) {
			elementEnvironment = diagramEnvironment().with(ToolVariables.SELF, ExpressionType.one(sources));
		} else {
			EClass edgeClass = domainClass == null ? rootClass : domainClass;
			candidates = checker.compile(mapping.getSemanticCandidates(), diagramEnvironment().with(ToolVariables.SELF,
					ExpressionType.one(rootClass)), owner, "candidates", Expecting.ELEMENTS);
			elementEnvironment = diagramEnvironment().with(ToolVariables.SELF, ExpressionType.one(edgeClass));
			sourceFinder = checker.compile(mapping.getSourceFinderExpression(), elementEnvironment, owner,
					"source finder", Expecting.ELEMENTS);
			if (mapping.getSourceFinderExpression() == null) {
				checker.problem(checker.source() + ": " + owner + ": an element-based edge needs a source finder");
			}
		}
		LocatedExpression targetFinder = checker.compile(mapping.getTargetFinderExpression(), elementEnvironment, owner,
				"target finder", Expecting.ELEMENTS);
		if (mapping.getTargetFinderExpression() == null) {
			checker.problem(checker.source() + ": " + owner + ": needs a target finder");
		}
		// Relation-based edges have no element of their own: their precondition, label and styles see the source (self)
		// and the target.
		TypeEnvironment labelEnvironment = mapping.getDomainClass() != null ? elementEnvironment
				: elementEnvironment.with(ToolVariables.TARGET, ExpressionType.one(targets));
		List<ConditionalStyle<EdgeStyle>> styles = new ArrayList<>();
		for (ConditionalEdgeStyle conditional : mapping.getConditionalStyles()) {
			styles.add(new ConditionalStyle<>(checker.compile(conditional.getPredicate(), labelEnvironment, owner,
					"style predicate", Expecting.CONDITION), conditional.getStyle()));
		}
		styles.add(new ConditionalStyle<>(null, mapping.getStyle() != null ? mapping.getStyle()
				: DescriptionFactory.eINSTANCE.createEdgeStyle()));
		return new CompiledEdgeMapping(mapping, domainClass, elementEnvironment, labelEnvironment, candidates,
				checker.compile(mapping.getPrecondition(), labelEnvironment, owner, "precondition", Expecting.CONDITION),
				checker.compile(mapping.getLabelExpression(), labelEnvironment, owner, "label", Expecting.ANYTHING),
				sourceFinder, targetFinder, styles);
	}

	private List<EClass> classesOf(List<AbstractNodeMapping> mappings, String owner, String role) {
		if (mappings.isEmpty()) {
			checker.problem(checker.source() + ": " + owner + ": no " + role);
		}
		List<EClass> classes = new ArrayList<>();
		for (AbstractNodeMapping mapping : mappings) {
			CompiledNodeMapping compiled = compiledNodes.get(mapping);
			classes.add(compiled == null ? null : compiled.domainClass());
		}
		return classes;
	}

	private String owner(String name) {
		if (name == null || name.isBlank()) {
			checker.problem(checker.source() + ": a mapping has no name");
		} else if (!names.add(name)) {
			checker.problem(checker.source() + ": two mappings are named '" + name + "'");
		}
		return "mapping '" + name + "'";
	}
}
