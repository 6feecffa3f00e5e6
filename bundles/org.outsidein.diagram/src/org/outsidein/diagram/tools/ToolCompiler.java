package org.outsidein.diagram.tools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.outsidein.diagram.description.AbstractNodeMapping;
import org.outsidein.diagram.description.ChangeContext;
import org.outsidein.diagram.description.CreateEdgeTool;
import org.outsidein.diagram.description.CreateInstance;
import org.outsidein.diagram.description.CreateNodeTool;
import org.outsidein.diagram.description.Delete;
import org.outsidein.diagram.description.DeleteTool;
import org.outsidein.diagram.description.DiagramDescription;
import org.outsidein.diagram.description.DiagramElementMapping;
import org.outsidein.diagram.description.DirectEditTool;
import org.outsidein.diagram.description.DropTool;
import org.outsidein.diagram.description.Layer;
import org.outsidein.diagram.description.ModelOperation;
import org.outsidein.diagram.description.SetValue;
import org.outsidein.diagram.description.Tool;
import org.outsidein.diagram.description.Unset;
import org.outsidein.diagram.descriptions.CompiledNodeMapping;
import org.outsidein.diagram.descriptions.ExpressionChecker;
import org.outsidein.diagram.descriptions.ExpressionChecker.Expecting;
import org.outsidein.diagram.descriptions.LocatedExpression;
import org.outsidein.diagram.expressions.ExpressionType;
import org.outsidein.diagram.expressions.TypeEnvironment;

/**
 * Compiles the tools of a description: gives each the variables its kind provides, typed from the mappings it
 * acts on, and checks every operation's expression and the features and classes it names.
 */
public final class ToolCompiler {

	private final ExpressionChecker checker;
	private final EClass rootClass;
	private final Map<AbstractNodeMapping, CompiledNodeMapping> nodes;
	private final Map<AbstractNodeMapping, EClass> parents = new java.util.IdentityHashMap<>();

	public ToolCompiler(ExpressionChecker checker, EClass rootClass, Map<AbstractNodeMapping, CompiledNodeMapping> nodes) {
		this.checker = checker;
		this.rootClass = rootClass;
		this.nodes = nodes;
		for (CompiledNodeMapping node : nodes.values()) {
			for (CompiledNodeMapping child : node.children()) {
				parents.put(child.mapping(), node.domainClass());
			}
		}
	}

	public Map<Tool, CompiledTool> compile(DiagramDescription description) {
		Map<Tool, CompiledTool> tools = new LinkedHashMap<>();
		for (Layer layer : description.getLayers()) {
			for (Tool tool : layer.getTools()) {
				String owner = "tool '" + tool.getName() + "'";
				TypeEnvironment environment = environment(tool);
				LocatedExpression precondition = checker.compile(tool.getPrecondition(), environment, owner,
						"precondition", Expecting.CONDITION);
				tools.put(tool, new CompiledTool(tool, environment, precondition,
						operations(tool.getOperations(), environment, owner)));
			}
		}
		return tools;
	}

	private TypeEnvironment environment(Tool tool) {
		TypeEnvironment base = TypeEnvironment.of(checker.metamodel()).with(ToolVariables.DIAGRAM,
				ExpressionType.one(rootClass));
		if (tool instanceof CreateNodeTool create) {
			ExpressionType container = one(parents.getOrDefault(create.getMapping(), rootClass));
			return base.with(ToolVariables.SELF, container).with(ToolVariables.CONTAINER, container);
		}
		if (tool instanceof CreateEdgeTool create && create.getMapping() != null) {
			ExpressionType source = one(common(create.getMapping().getSourceMappings()));
			return base.with(ToolVariables.SELF, source).with(ToolVariables.SOURCE, source).with(ToolVariables.TARGET,
					one(common(create.getMapping().getTargetMappings())));
		}
		if (tool instanceof DeleteTool delete) {
			return base.with(ToolVariables.SELF, one(commonOf(delete.getMappings())))
					.with(ToolVariables.CONTAINER, ExpressionType.ANY_OBJECT);
		}
		if (tool instanceof DirectEditTool edit) {
			return base.with(ToolVariables.SELF, one(commonOf(edit.getMappings()))).with(ToolVariables.NEW_LABEL,
					ExpressionType.STRING);
		}
		if (tool instanceof DropTool drop) {
			ExpressionType into = drop.getInto().isEmpty() ? one(rootClass) : one(common(drop.getInto()));
			return base.with(ToolVariables.SELF, into).with(ToolVariables.ELEMENT, one(common(drop.getDragged())))
					.with(ToolVariables.OLD_CONTAINER, ExpressionType.ANY_OBJECT).with(ToolVariables.NEW_CONTAINER, into);
		}
		return base;
	}

	private List<CompiledOperation> operations(List<ModelOperation> operations, TypeEnvironment environment,
			String owner) {
		List<CompiledOperation> compiled = new ArrayList<>();
		for (ModelOperation operation : operations) {
			compiled.add(operation(operation, environment, owner));
		}
		return compiled;
	}

	private CompiledOperation operation(ModelOperation operation, TypeEnvironment environment, String owner) {
		EClass self = (EClass) environment.variables().get(ToolVariables.SELF).classifier();
		if (operation instanceof ChangeContext change) {
			LocatedExpression expression = checker.compile(change.getExpression(), environment, owner, "change context",
					Expecting.ELEMENTS);
			TypeEnvironment inner = expression == null ? environment
					: environment.with(ToolVariables.SELF, expression.expression().type().asOne());
			return new CompiledOperation(operation, expression, null, operations(change.getSubOperations(), inner, owner));
		}
		if (operation instanceof CreateInstance create) {
			EClass created = createdClass(create, self, owner);
			String variable = create.getVariableName() == null ? ToolVariables.INSTANCE : create.getVariableName();
			TypeEnvironment inner = environment.with(ToolVariables.SELF, one(created)).with(variable, one(created));
			return new CompiledOperation(operation, null, created, operations(create.getSubOperations(), inner, owner));
		}
		LocatedExpression expression = null;
		if (operation instanceof SetValue set) {
			feature(self, set.getFeatureName(), owner);
			expression = checker.compile(set.getValueExpression(), environment, owner, "value of " + set.getFeatureName(),
					Expecting.ANYTHING);
		} else if (operation instanceof Unset unset) {
			feature(self, unset.getFeatureName(), owner);
			expression = checker.compile(unset.getValueExpression(), environment, owner,
					"values to remove from " + unset.getFeatureName(), Expecting.ANYTHING);
		} else if (operation instanceof Delete delete) {
			expression = checker.compile(delete.getElementExpression(), environment, owner, "what to delete",
					Expecting.ELEMENTS);
		}
		return new CompiledOperation(operation, expression, null,
				operations(operation.getSubOperations(), environment, owner));
	}

	private EClass createdClass(CreateInstance create, EClass self, String owner) {
		EStructuralFeature feature = feature(self, create.getReferenceName(), owner);
		if (feature != null && !(feature instanceof EReference reference && reference.isContainment())) {
			checker.problem(checker.source() + ": " + owner + ": '" + create.getReferenceName()
					+ "' is not a containment reference of " + self.getName());
			return EcorePackage.Literals.EOBJECT;
		}
		EClass created = create.getTypeName() != null ? checker.classNamed(create.getTypeName(), owner, "type name")
				: feature == null ? null : ((EReference) feature).getEReferenceType();
		if (created != null && feature != null && !((EReference) feature).getEReferenceType().isSuperTypeOf(created)) {
			checker.problem(checker.source() + ": " + owner + ": a " + created.getName() + " cannot be added to '"
					+ create.getReferenceName() + "'");
		}
		if (created != null && created.isAbstract()) {
			checker.problem(checker.source() + ": " + owner + ": " + created.getName() + " is abstract");
		}
		return created == null ? EcorePackage.Literals.EOBJECT : created;
	}

	private EStructuralFeature feature(EClass owner, String name, String tool) {
		EStructuralFeature feature = owner == null ? null : checker.metamodel().findFeature(owner, name).orElse(null);
		if (feature == null) {
			checker.problem(checker.source() + ": " + tool + ": " + (owner == null ? "the element" : owner.getName())
					+ " has no feature '" + name + "'");
		} else if (!feature.isChangeable()) {
			checker.problem(checker.source() + ": " + tool + ": '" + name + "' cannot be changed");
			return null;
		}
		return feature;
	}

	private EClass common(List<AbstractNodeMapping> mappings) {
		return ExpressionChecker.common(mappings.stream().map(m -> nodes.get(m) == null ? null : nodes.get(m)
				.domainClass()).toList());
	}

	private EClass commonOf(List<DiagramElementMapping> mappings) {
		List<EClass> classes = new ArrayList<>();
		for (DiagramElementMapping mapping : mappings) {
			CompiledNodeMapping node = mapping instanceof AbstractNodeMapping n ? nodes.get(n) : null;
			classes.add(node != null ? node.domainClass() : mapping.getDomainClass() == null ? null
					: checker.metamodel().findClass(mapping.getDomainClass()).orElse(null));
		}
		return ExpressionChecker.common(classes);
	}

	private static ExpressionType one(EClass eClass) {
		return ExpressionType.one(eClass);
	}
}
