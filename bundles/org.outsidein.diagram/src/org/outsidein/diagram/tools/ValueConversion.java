package org.outsidein.diagram.tools;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Turns what an expression yields into what a feature holds: the language has one number type (double) and
 * writes enumeration literals as strings, while features are int, Integer, an EEnum and so on.
 */
final class ValueConversion {

	private ValueConversion() {
	}

	static Object convert(Object value, EStructuralFeature feature) {
		if (value == null || !(feature.getEType() instanceof EDataType type)) {
			return value;
		}
		Class<?> target = type.getInstanceClass();
		if (type instanceof EEnum eEnum && value instanceof String text) {
			EEnumLiteral literal = eEnum.getEEnumLiteralByLiteral(text) != null ? eEnum.getEEnumLiteralByLiteral(text)
					: eEnum.getEEnumLiteral(text);
			if (literal == null) {
				throw new IllegalArgumentException("'" + text + "' is not a " + eEnum.getName());
			}
			return literal.getInstance();
		}
		if (value instanceof Number number) {
			if (target == int.class || target == Integer.class) {
				return number.intValue();
			}
			if (target == long.class || target == Long.class) {
				return number.longValue();
			}
			if (target == double.class || target == Double.class) {
				return number.doubleValue();
			}
		}
		if (target == String.class) {
			return value instanceof String ? value : org.outsidein.diagram.expressions.Values.text(value);
		}
		if (value instanceof String text && target != null && !target.isInstance(value)) {
			return EcoreUtil.createFromString(type, text);
		}
		return value;
	}
}
