package org.outsidein.diagram.ui;

/** Text put into a script run in the diagram's page. */
final class Scripts {

	private Scripts() {
	}

	/** A JavaScript string literal of any text: quotes, backslashes and line ends cannot end it early. */
	static String quoted(String text) {
		StringBuilder literal = new StringBuilder("'");
		for (char c : text.toCharArray()) {
			switch (c) {
			case '\'', '\\' -> literal.append('\\').append(c);
			case '\n' -> literal.append("\\n");
			case '\r' -> literal.append("\\r");
			case '\u2028', '\u2029', '<' -> literal.append(String.format("\\u%04x", (int) c));
			default -> literal.append(c);
			}
		}
		return literal.append('\'').toString();
	}
}
