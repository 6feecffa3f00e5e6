package org.outsidein.diagram.expressions;

/** An expression that cannot be parsed or type-checked; the message says where (a character offset) and why. */
public class ExpressionException extends Exception {

	private static final long serialVersionUID = 1L;

	private final int position;

	public ExpressionException(String message, int position) {
		super("at " + (position + 1) + ": " + message);
		this.position = position;
	}

	/** The offset in the expression text (0-based) where the problem was found. */
	public int position() {
		return position;
	}
}
