package org.outsidein.diagram.tools;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.outsidein.diagram.description.ChangeContext;
import org.outsidein.diagram.description.CreateInstance;
import org.outsidein.diagram.description.Delete;
import org.outsidein.diagram.description.DeleteTool;
import org.outsidein.diagram.description.DirectEditTool;
import org.outsidein.diagram.description.SetValue;
import org.outsidein.diagram.description.Unset;
import org.outsidein.diagram.descriptions.LocatedExpression;
import org.outsidein.diagram.expressions.Bindings;
import org.outsidein.diagram.expressions.Values;

/** Runs a tool's model operations on the model, in order, each sub-operation in its parent's result's context. */
final class OperationRunner {

	private final CompiledTool tool;
	private final Map<String, Object> variables;
	private final List<EObject> touched = new ArrayList<>();

	OperationRunner(CompiledTool tool, Map<String, Object> variables) {
		this.tool = tool;
		this.variables = new HashMap<>(variables);
	}

	void run(EObject self) {
		if (!tool.operations().isEmpty()) {
			run(tool.operations(), self);
		} else if (tool.tool() instanceof DeleteTool) {
			EcoreUtil.delete(self, true);
		} else if (tool.tool() instanceof DirectEditTool) {
			set(self, "name", variables.get(ToolVariables.NEW_LABEL));
			touched.add(self);
		}
	}

	/** The elements created or changed, for the editor to select. */
	List<EObject> touched() {
		return touched;
	}

	private void run(List<CompiledOperation> operations, EObject self) {
		for (CompiledOperation operation : operations) {
			run(operation, self);
		}
	}

	private void run(CompiledOperation compiled, EObject self) {
		if (compiled.operation() instanceof ChangeContext) {
			for (Object element : compiled.expression().list(bindings(compiled.expression(), self))) {
				if (element instanceof EObject context) {
					run(compiled.subOperations(), context);
				}
			}
			return;
		}
		if (compiled.operation() instanceof CreateInstance create) {
			createInstance(compiled, create, self);
			return;
		}
		if (compiled.operation() instanceof SetValue set) {
			set(self, set.getFeatureName(), compiled.expression().evaluate(bindings(compiled.expression(), self)));
			touched.add(self);
		} else if (compiled.operation() instanceof Unset unset) {
			unset(self, unset.getFeatureName(), compiled.expression());
		} else if (compiled.operation() instanceof Delete) {
			List<?> doomed = compiled.expression() == null ? List.of(self)
					: compiled.expression().list(bindings(compiled.expression(), self));
			for (Object element : new ArrayList<>(doomed)) {
				if (element instanceof EObject object) {
					EcoreUtil.delete(object, true);
				}
			}
		}
		run(compiled.subOperations(), self);
	}

	private void createInstance(CompiledOperation compiled, CreateInstance create, EObject self) {
		EObject created = EcoreUtil.create(compiled.createdClass());
		identify(created);
		EStructuralFeature reference = feature(self, create.getReferenceName());
		if (reference.isMany()) {
			many(self, reference).add(created);
		} else {
			self.eSet(reference, created);
		}
		touched.add(created);
		String name = create.getVariableName() == null ? ToolVariables.INSTANCE : create.getVariableName();
		Object previous = variables.put(name, created);
		run(compiled.subOperations(), created);
		variables.put(name, previous);
	}

	/**
	 * An element whose class has a text ID attribute gets a fresh UUID now, not at the next save: a diagram knows
	 * elements by their ids (URI fragments), so the new node keeps its identity (selection, position) from the moment
	 * it appears, and the same after saving.
	 */
	private static void identify(EObject created) {
		EAttribute id = created.eClass().getEIDAttribute();
		if (id != null && id.isChangeable() && String.class.equals(id.getEType().getInstanceClass())
				&& !created.eIsSet(id)) {
			created.eSet(id, EcoreUtil.generateUUID());
		}
	}

	private void set(EObject self, String featureName, Object value) {
		EStructuralFeature feature = feature(self, featureName);
		if (feature.isMany()) {
			EList<Object> values = many(self, feature);
			for (Object item : Values.asList(value)) {
				Object converted = ValueConversion.convert(item, feature);
				if (!feature.isUnique() || !values.contains(converted)) {
					values.add(converted);
				}
			}
		} else {
			self.eSet(feature, ValueConversion.convert(value instanceof List<?> list && !list.isEmpty() ? list.get(0)
					: value, feature));
		}
	}

	private void unset(EObject self, String featureName, LocatedExpression values) {
		EStructuralFeature feature = feature(self, featureName);
		if (values == null) {
			self.eUnset(feature);
		} else if (feature.isMany()) {
			many(self, feature).removeAll(values.list(bindings(values, self)));
		} else if (Values.asList(values.evaluate(bindings(values, self))).contains(self.eGet(feature))) {
			self.eUnset(feature);
		}
		touched.add(self);
	}

	private Bindings bindings(LocatedExpression expression, EObject self) {
		Bindings bindings = expression.bind();
		for (String name : expression.environment().variables().keySet()) {
			bindings.set(name, ToolVariables.SELF.equals(name) ? self : variables.get(name));
		}
		return bindings;
	}

	private static EStructuralFeature feature(EObject self, String name) {
		EStructuralFeature feature = self.eClass().getEStructuralFeature(name);
		if (feature == null) {
			throw new IllegalStateException("a " + self.eClass().getName() + " has no feature '" + name + "'");
		}
		return feature;
	}

	@SuppressWarnings("unchecked")
	private static EList<Object> many(EObject self, EStructuralFeature feature) {
		return (EList<Object>) self.eGet(feature);
	}
}
