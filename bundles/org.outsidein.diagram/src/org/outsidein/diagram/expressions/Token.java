package org.outsidein.diagram.expressions;

/** One token of an expression: its kind, its text (a string literal's text is unquoted) and where it starts. */
record Token(Kind kind, String text, int position) {

	enum Kind {
		IDENTIFIER, STRING, NUMBER, SYMBOL, END
	}

	boolean is(String symbol) {
		return (kind == Kind.SYMBOL || kind == Kind.IDENTIFIER) && text.equals(symbol);
	}

	String describe() {
		return switch (kind) {
		case END -> "the end";
		case STRING -> "'" + text + "'";
		default -> "'" + text + "'";
		};
	}
}
