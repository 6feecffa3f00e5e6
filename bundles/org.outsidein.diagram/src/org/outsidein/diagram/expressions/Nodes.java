package org.outsidein.diagram.expressions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** The kinds of node the parser builds. */
final class Nodes {

	private Nodes() {
	}

	static final class Constant extends Node {
		private final Object value;

		Constant(Object value, ExpressionType type) {
			super(type);
			this.value = value;
		}

		@Override
		Object evaluate(Object[] frame) {
			return value;
		}
	}

	/** A variable, or the element a filter is looking at. */
	static final class Slot extends Node {
		private final int index;

		Slot(int index, ExpressionType type) {
			super(type);
			this.index = index;
		}

		@Override
		Object evaluate(Object[] frame) {
			return frame[index];
		}
	}

	/** {@code source.feature}: on a collection, the values of every element, in order. */
	static final class Navigate extends Node {
		private final Node source;
		private final String featureName;
		// The feature is looked up by name on each element's class (a subclass, a class of another package) and
		// remembered for the last class seen: most collections hold elements of one class. The pair is replaced
		// whole, so threads evaluating the same description at once see a consistent one.
		private volatile ResolvedFeature last = new ResolvedFeature(null, null);

		private record ResolvedFeature(EClass eClass, EStructuralFeature feature) {
		}

		Navigate(Node source, String featureName, ExpressionType type) {
			super(type);
			this.source = source;
			this.featureName = featureName;
		}

		@Override
		Object evaluate(Object[] frame) {
			Object value = source.evaluate(frame);
			if (value instanceof EObject element) {
				return get(element);
			}
			if (!(value instanceof List<?> list)) {
				return type.many() ? List.of() : null;
			}
			List<Object> result = new ArrayList<>();
			for (Object item : list) {
				if (item instanceof EObject element) {
					Object got = get(element);
					if (got instanceof List<?> values) {
						result.addAll(values);
					} else if (got != null) {
						result.add(got);
					}
				}
			}
			return result;
		}

		private Object get(EObject element) {
			ResolvedFeature resolved = last;
			if (resolved.eClass() != element.eClass()) {
				resolved = new ResolvedFeature(element.eClass(), element.eClass().getEStructuralFeature(featureName));
				last = resolved;
			}
			return resolved.feature() == null ? null : element.eGet(resolved.feature());
		}
	}

	/** {@code source.eContainer} or {@code source.eContainer('Type')}: the parent, or the nearest ancestor of a type. */
	static final class Container extends Node {
		private final Node source;
		private final EClass wanted;

		Container(Node source, EClass wanted, ExpressionType type) {
			super(type);
			this.source = source;
			this.wanted = wanted;
		}

		@Override
		Object evaluate(Object[] frame) {
			Object value = source.evaluate(frame);
			if (value instanceof List<?> list) {
				LinkedHashSet<Object> parents = new LinkedHashSet<>();
				for (Object item : list) {
					Object parent = ancestor(item);
					if (parent != null) {
						parents.add(parent);
					}
				}
				return new ArrayList<>(parents);
			}
			return ancestor(value);
		}

		private Object ancestor(Object value) {
			EObject current = value instanceof EObject element ? element.eContainer() : null;
			while (current != null && wanted != null && !wanted.isInstance(current)) {
				current = current.eContainer();
			}
			return current;
		}
	}

	/** {@code source[predicate]}: the elements for which the predicate holds, each in the filter's own slot. */
	static final class Filter extends Node {
		private final Node source;
		private final Node predicate;
		private final int slot;

		Filter(Node source, Node predicate, int slot) {
			super(source.type.asMany());
			this.source = source;
			this.predicate = predicate;
			this.slot = slot;
		}

		@Override
		Object evaluate(Object[] frame) {
			List<Object> result = new ArrayList<>();
			Object saved = frame[slot];
			for (Object item : Values.asList(source.evaluate(frame))) {
				frame[slot] = item;
				if (Values.isTrue(predicate.evaluate(frame))) {
					result.add(item);
				}
			}
			frame[slot] = saved;
			return result;
		}
	}

	/** A node with two operands. */
	abstract static class Binary extends Node {
		final Node left;
		final Node right;

		Binary(ExpressionType type, Node left, Node right) {
			super(type);
			this.left = left;
			this.right = right;
		}
	}

	static final class Compare extends Binary {
		private final String operator;

		Compare(String operator, Node left, Node right) {
			super(ExpressionType.BOOLEAN, left, right);
			this.operator = operator;
		}

		@Override
		Object evaluate(Object[] frame) {
			Object a = left.evaluate(frame);
			Object b = right.evaluate(frame);
			switch (operator) {
			case "=":
				return Values.equal(a, b);
			case "!=":
				return !Values.equal(a, b);
			default:
				for (Object x : Values.asList(a)) {
					for (Object y : Values.asList(b)) {
						if (holds(Values.compare(x, y))) {
							return true;
						}
					}
				}
				return false;
			}
		}

		private boolean holds(Integer comparison) {
			if (comparison == null) {
				return false;
			}
			return switch (operator) {
			case "<" -> comparison < 0;
			case "<=" -> comparison <= 0;
			case ">" -> comparison > 0;
			default -> comparison >= 0;
			};
		}
	}

	/** {@code and}, {@code or}: the right side is evaluated only when it matters. */
	static final class Logic extends Binary {
		private final boolean and;

		Logic(boolean and, Node left, Node right) {
			super(ExpressionType.BOOLEAN, left, right);
			this.and = and;
		}

		@Override
		Object evaluate(Object[] frame) {
			boolean first = Values.isTrue(left.evaluate(frame));
			if (and != first) {
				return first;
			}
			return Values.isTrue(right.evaluate(frame));
		}
	}

	static final class Not extends Node {
		private final Node operand;

		Not(Node operand) {
			super(ExpressionType.BOOLEAN);
			this.operand = operand;
		}

		@Override
		Object evaluate(Object[] frame) {
			return !Values.isTrue(operand.evaluate(frame));
		}
	}

	/** {@code +} adds numbers and joins anything else as text; {@code -} subtracts numbers. */
	static final class Arithmetic extends Binary {
		private final boolean plus;

		Arithmetic(boolean plus, Node left, Node right, ExpressionType type) {
			super(type, left, right);
			this.plus = plus;
		}

		@Override
		Object evaluate(Object[] frame) {
			Object a = left.evaluate(frame);
			Object b = right.evaluate(frame);
			if (a instanceof Number x && b instanceof Number y) {
				return plus ? x.doubleValue() + y.doubleValue() : x.doubleValue() - y.doubleValue();
			}
			if (!plus || type.isNumber()) {
				return null; // a missing number (an unrated outcome) makes the result missing, not zero
			}
			return Values.text(a) + Values.text(b);
		}
	}
}
