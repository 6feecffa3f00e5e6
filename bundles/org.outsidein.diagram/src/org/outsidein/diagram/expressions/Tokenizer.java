package org.outsidein.diagram.expressions;

import java.util.ArrayList;
import java.util.List;

/** Splits an expression into tokens: names, 'strings' or "strings" (backslash escapes), numbers, symbols. */
final class Tokenizer {

	private static final List<String> SYMBOLS = List.of("!=", "<=", ">=", "=", "<", ">", "+", "-", ".", ",", "(", ")",
			"[", "]");

	private final String text;
	private int index;

	private Tokenizer(String text) {
		this.text = text;
	}

	static List<Token> tokenize(String text) throws ExpressionException {
		return new Tokenizer(text).all();
	}

	private List<Token> all() throws ExpressionException {
		List<Token> tokens = new ArrayList<>();
		while (true) {
			while (index < text.length() && Character.isWhitespace(text.charAt(index))) {
				index++;
			}
			if (index >= text.length()) {
				tokens.add(new Token(Token.Kind.END, "", index));
				return tokens;
			}
			tokens.add(next());
		}
	}

	private Token next() throws ExpressionException {
		int start = index;
		char c = text.charAt(index);
		if (Character.isLetter(c) || c == '_') {
			while (index < text.length() && (Character.isLetterOrDigit(text.charAt(index)) || text.charAt(index) == '_'
					|| text.startsWith("::", index))) {
				index += text.startsWith("::", index) ? 2 : 1;
			}
			return new Token(Token.Kind.IDENTIFIER, text.substring(start, index), start);
		}
		if (Character.isDigit(c)) {
			while (index < text.length() && (Character.isDigit(text.charAt(index)) || text.charAt(index) == '.'
					&& index + 1 < text.length() && Character.isDigit(text.charAt(index + 1)))) {
				index++;
			}
			return new Token(Token.Kind.NUMBER, text.substring(start, index), start);
		}
		if (c == '\'' || c == '"') {
			return string(c, start);
		}
		for (String symbol : SYMBOLS) {
			if (text.startsWith(symbol, index)) {
				index += symbol.length();
				return new Token(Token.Kind.SYMBOL, symbol, start);
			}
		}
		throw new ExpressionException("unexpected character '" + c + "'", start);
	}

	private Token string(char quote, int start) throws ExpressionException {
		StringBuilder value = new StringBuilder();
		index++;
		while (index < text.length() && text.charAt(index) != quote) {
			char c = text.charAt(index++);
			if (c == '\\' && index < text.length()) {
				c = text.charAt(index++);
			}
			value.append(c);
		}
		if (index >= text.length()) {
			throw new ExpressionException("a string is not closed", start);
		}
		index++;
		return new Token(Token.Kind.STRING, value.toString(), start);
	}
}
