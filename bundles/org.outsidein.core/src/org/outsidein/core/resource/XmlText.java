package org.outsidein.core.resource;

/**
 * The rules of XML 1.0 for the characters {@link ModelXmlScanner} accepts: which characters may appear at all, and
 * how an attribute value or a text is read (line ends as one line feed, white space in attribute values as spaces,
 * the five predefined entities and character references). Anything else (another entity, a character reference to
 * a character XML forbids) is a refusal: the file then goes to EMF's own parser, which reports it.
 */
final class XmlText {

	private XmlText() {
	}

	static boolean isSpace(int c) {
		return c == ' ' || c == '\n' || c == '\t' || c == '\r';
	}

	/** A character XML 1.0 allows in a document (surrogates come in valid pairs from the strict UTF-8 decoder). */
	static boolean isLegal(int c) {
		return c >= 0x20 ? c <= 0xFFFD : c == '\t' || c == '\n' || c == '\r';
	}

	/**
	 * Refuses what XML 1.0 forbids in {@code chars[start, end)}: a character it does not allow, '<' in an attribute
	 * value, "]]>" in a text. Returns the characters, checked.
	 */
	static char[] check(char[] chars, int start, int end, boolean attributeValue) {
		for (int i = start; i < end; i++) {
			char c = chars[i];
			if (!isLegal(c) || attributeValue && c == '<') {
				throw new FastLoadRefusal("a character XML does not allow here");
			}
			if (!attributeValue && c == '>' && i - start >= 2 && chars[i - 1] == ']' && chars[i - 2] == ']') {
				throw new FastLoadRefusal("']]>' in a text");
			}
		}
		return chars;
	}

	/**
	 * The text of a reference, the characters after '&' up to and including ';' (already known to be there):
	 * the character it stands for, refused unless predefined or a reference to a legal character.
	 */
	static int reference(char[] chars, int start, int end) {
		String name = new String(chars, start, end - start - 1);
		switch (name) {
		case "lt":
			return '<';
		case "gt":
			return '>';
		case "amp":
			return '&';
		case "quot":
			return '"';
		case "apos":
			return '\'';
		default:
			return characterReference(name);
		}
	}

	private static int characterReference(String name) {
		boolean hex = name.startsWith("#x");
		String digits = name.startsWith("#") ? name.substring(hex ? 2 : 1) : "";
		if (digits.isEmpty() || digits.length() > 6 || !digits.chars().allMatch(c -> hex ? isHexDigit(c) : c >= '0' && c <= '9')) {
			throw new FastLoadRefusal("the reference &" + name + ";");
		}
		int c = Integer.parseInt(digits, hex ? 16 : 10);
		if (!(c >= 0x10000 ? c <= 0x10FFFF : isLegal(c) && (c < 0xD800 || c > 0xDFFF))) {
			throw new FastLoadRefusal("a reference to a character XML does not allow: &" + name + ";");
		}
		return c;
	}

	private static boolean isHexDigit(int c) {
		return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
	}

	/**
	 * Decodes {@code chars[start, end)}: references replaced, each line end (CR LF, or CR alone) made one line feed,
	 * and in an attribute value every literal tab and line end made a space (character references are kept as they are).
	 */
	static StringBuilder decode(char[] chars, int start, int end, boolean attributeValue, StringBuilder into) {
		into.setLength(0);
		for (int i = start; i < end; i++) {
			char c = chars[i];
			if (c == '&') {
				int semicolon = i + 1;
				while (semicolon < end && chars[semicolon] != ';') {
					semicolon++;
				}
				if (semicolon == end) {
					throw new FastLoadRefusal("an '&' that starts no reference");
				}
				into.appendCodePoint(reference(chars, i + 1, semicolon + 1));
				i = semicolon;
			} else if (c == '\r') {
				if (i + 1 < end && chars[i + 1] == '\n') {
					i++;
				}
				into.append(attributeValue ? ' ' : '\n');
			} else {
				into.append(attributeValue && (c == '\n' || c == '\t') ? ' ' : c);
			}
		}
		return into;
	}
}
