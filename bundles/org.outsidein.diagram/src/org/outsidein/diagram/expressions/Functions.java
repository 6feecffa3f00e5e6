package org.outsidein.diagram.expressions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * The functions written after a dot, {@code source.name(arguments)}: {@code size()}, {@code isEmpty()},
 * {@code notEmpty()}, {@code first()}, {@code distinct()}, {@code root()}, {@code referrers()} (the elements whose
 * references lead here), {@code ofType('Class')},
 * {@code isA('Class')}. A class argument is checked against the metamodel when the description is read.
 */
final class Functions {

	private Functions() {
	}

	static Node call(String name, Node source, EClass classArgument, int position) throws ExpressionException {
		boolean needsClass = name.equals("ofType") || name.equals("isA");
		if (needsClass != (classArgument != null)) {
			throw new ExpressionException(needsClass ? name + "() needs a class name, as in " + name + "('Customer')"
					: name + "() takes no argument", position);
		}
		return switch (name) {
		case "size" -> new Apply(ExpressionType.INTEGER, source, value -> Values.asList(value).size());
		case "isEmpty" -> new Apply(ExpressionType.BOOLEAN, source, value -> Values.asList(value).isEmpty());
		case "notEmpty" -> new Apply(ExpressionType.BOOLEAN, source, value -> !Values.asList(value).isEmpty());
		case "first" -> new Apply(source.type.asOne(), source, Functions::first);
		case "distinct" -> new Apply(source.type.asMany(), source,
				value -> new ArrayList<>(new LinkedHashSet<>(Values.asList(value))));
		case "root" -> new Apply(ExpressionType.ANY_OBJECT, source, Functions::root);
		case "referrers" -> new Apply(ExpressionType.ANY_OBJECT.asMany(), source, Referrers::of);
		case "ofType" -> new Apply(ExpressionType.one(classArgument).asMany(), source,
				value -> Values.asList(value).stream().filter(classArgument::isInstance).toList());
		case "isA" -> new Apply(ExpressionType.BOOLEAN, source,
				value -> Values.asList(value).stream().anyMatch(classArgument::isInstance));
		default -> throw new ExpressionException("unknown function '" + name
				+ "()'; there are size, isEmpty, notEmpty, first, distinct, root, referrers, ofType, isA", position);
		};
	}

	private static Object first(Object value) {
		List<?> list = Values.asList(value);
		return list.isEmpty() ? null : list.get(0);
	}

	private static Object root(Object value) {
		Object first = first(value);
		if (!(first instanceof EObject element)) {
			return null;
		}
		while (element.eContainer() != null) {
			element = element.eContainer();
		}
		return element;
	}

	private static final class Apply extends Node {
		private final Node source;
		private final Function<Object, Object> function;

		Apply(ExpressionType type, Node source, Function<Object, Object> function) {
			super(type);
			this.source = source;
			this.function = function;
		}

		@Override
		Object evaluate(Object[] frame) {
			return function.apply(source.evaluate(frame));
		}
	}
}
