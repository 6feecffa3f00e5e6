package org.outsidein.diagram.expressions;

import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;

/**
 * How the expression language sees Java values: one value or a list; comparisons are existential on lists (as in
 * XPath: {@code roles.role = self} holds when any role is self); numbers compare as numbers; an enumeration
 * literal equals its name or literal as a string.
 */
public final class Values {

	private Values() {
	}

	public static List<?> asList(Object value) {
		if (value == null) {
			return Collections.emptyList();
		}
		return value instanceof List<?> list ? list : List.of(value);
	}

	public static boolean isTrue(Object value) {
		return Boolean.TRUE.equals(value);
	}

	static boolean equal(Object left, Object right) {
		if (left instanceof List<?> list) {
			return list.stream().anyMatch(item -> equal(item, right));
		}
		if (right instanceof List<?> list) {
			return list.stream().anyMatch(item -> equal(left, item));
		}
		if (left == null || right == null) {
			return left == right;
		}
		if (left instanceof Number a && right instanceof Number b) {
			return a.doubleValue() == b.doubleValue();
		}
		if (left instanceof Enumerator e && right instanceof String s) {
			return e.getName().equals(s) || e.getLiteral().equals(s);
		}
		if (right instanceof Enumerator && left instanceof String) {
			return equal(right, left);
		}
		return left.equals(right);
	}

	/** Compares two single values; null when they cannot be ordered (a missing value, mixed kinds). */
	static Integer compare(Object left, Object right) {
		if (left instanceof Number a && right instanceof Number b) {
			return Double.compare(a.doubleValue(), b.doubleValue());
		}
		if (left instanceof String a && right instanceof String b) {
			return a.compareTo(b);
		}
		return null;
	}

	/** A value as label text: whole numbers without ".0", lists joined with ", ", elements by their name. */
	public static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof List<?> list) {
			return list.stream().map(Values::text).collect(Collectors.joining(", "));
		}
		if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
			return Long.toString(d.longValue());
		}
		if (value instanceof Enumerator e) {
			return e.getLiteral();
		}
		if (value instanceof EObject element) {
			Object name = element.eClass().getEStructuralFeature("name") == null ? null
					: element.eGet(element.eClass().getEStructuralFeature("name"));
			return name == null ? element.eClass().getName() : name.toString();
		}
		return value.toString();
	}
}
