package org.outsidein.diagram.expressions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables an expression may use, with their types, and the metamodel it navigates. {@code self} is the
 * implicit element: a bare feature name means {@code self.name}.
 */
public final class TypeEnvironment {

	public static final String SELF = "self";

	private final Metamodel metamodel;
	private final Map<String, ExpressionType> variables;

	private TypeEnvironment(Metamodel metamodel, Map<String, ExpressionType> variables) {
		this.metamodel = metamodel;
		this.variables = variables;
	}

	public static TypeEnvironment of(Metamodel metamodel) {
		return new TypeEnvironment(metamodel, Collections.emptyMap());
	}

	/** This environment with one more variable (or another type for one it has). */
	public TypeEnvironment with(String name, ExpressionType type) {
		Map<String, ExpressionType> more = new LinkedHashMap<>(variables);
		more.put(name, type);
		return new TypeEnvironment(metamodel, Collections.unmodifiableMap(more));
	}

	public Metamodel metamodel() {
		return metamodel;
	}

	public Map<String, ExpressionType> variables() {
		return variables;
	}

	List<String> names() {
		return new ArrayList<>(variables.keySet());
	}

	/** Values for this environment's variables, to evaluate expressions compiled in it. */
	public Bindings bind() {
		return new Bindings(names());
	}
}
