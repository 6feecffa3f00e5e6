package org.outsidein.diagram.expressions;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EcorePackage;

/**
 * What an expression yields, as far as the description's metamodel tells before any model is seen: a classifier
 * (null when nothing can be known) and whether it is a collection.
 */
public record ExpressionType(EClassifier classifier, boolean many) {

	public static final ExpressionType BOOLEAN = new ExpressionType(EcorePackage.Literals.EBOOLEAN, false);
	public static final ExpressionType NUMBER = new ExpressionType(EcorePackage.Literals.EDOUBLE, false);
	public static final ExpressionType STRING = new ExpressionType(EcorePackage.Literals.ESTRING, false);
	public static final ExpressionType INTEGER = new ExpressionType(EcorePackage.Literals.EINT, false);
	public static final ExpressionType UNKNOWN = new ExpressionType(null, false);
	public static final ExpressionType ANY_OBJECT = new ExpressionType(EcorePackage.Literals.EOBJECT, false);

	public static ExpressionType one(EClassifier classifier) {
		return new ExpressionType(classifier, false);
	}

	public ExpressionType asMany() {
		return new ExpressionType(classifier, true);
	}

	public ExpressionType asOne() {
		return new ExpressionType(classifier, false);
	}

	/** Model elements of a known class (EObject itself counts: its features are looked up in the whole metamodel). */
	public boolean isElement() {
		return classifier instanceof EClass;
	}

	public boolean isBoolean() {
		return !many && classifier != null && (classifier.getInstanceClass() == boolean.class
				|| classifier.getInstanceClass() == Boolean.class);
	}

	public boolean isNumber() {
		if (classifier == null || classifier.getInstanceClass() == null) {
			return false;
		}
		Class<?> type = classifier.getInstanceClass();
		return Number.class.isAssignableFrom(type) || type == int.class || type == long.class
				|| type == double.class || type == float.class || type == short.class;
	}

	public boolean isString() {
		return classifier != null && classifier.getInstanceClass() == String.class;
	}

	@Override
	public String toString() {
		String name = classifier == null ? "anything" : classifier.getName();
		return many ? "collection of " + name : name;
	}
}
