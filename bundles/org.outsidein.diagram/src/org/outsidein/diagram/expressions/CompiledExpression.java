package org.outsidein.diagram.expressions;

import java.util.Arrays;

/** An expression parsed and type-checked once, evaluated as often as needed. */
public final class CompiledExpression {

	private final String text;
	private final Node root;
	private final int frameSize;
	private final int variableCount;

	CompiledExpression(String text, Node root, int frameSize, int variableCount) {
		this.text = text;
		this.root = root;
		this.frameSize = frameSize;
		this.variableCount = variableCount;
	}

	/**
	 * Compiles an expression.
	 *
	 * @throws ExpressionException when it cannot be parsed or does not type-check in the environment
	 */
	public static CompiledExpression compile(String text, TypeEnvironment environment) throws ExpressionException {
		return new ExpressionParser(text, environment).parseAll();
	}

	public String text() {
		return text;
	}

	public ExpressionType type() {
		return root.type;
	}

	/**
	 * Evaluates with the given variable values (bound in the environment the expression was compiled in): one value,
	 * a {@code java.util.List} for collections, or null.
	 */
	public Object evaluate(Bindings bindings) {
		if (bindings.values.length != variableCount) {
			throw new IllegalArgumentException("bindings of another environment for '" + text + "'");
		}
		// Filters keep the element they look at in slots after the variables.
		Object[] frame = Arrays.copyOf(bindings.values, frameSize);
		return root.evaluate(frame);
	}

	@Override
	public String toString() {
		return text;
	}
}
