package org.outsidein.diagram.svg;

/** Escapes text for XML content and attribute values, and drops characters XML 1.0 cannot hold. */
final class Xml {

	private Xml() {
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			switch (c) {
			case '<' -> escaped.append("&lt;");
			case '>' -> escaped.append("&gt;");
			case '&' -> escaped.append("&amp;");
			case '"' -> escaped.append("&quot;");
			case '\'' -> escaped.append("&apos;");
			default -> {
				if (c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
						|| c >= 0x10000 && c <= 0x10FFFF) {
					escaped.appendCodePoint(c);
				}
			}
			}
		});
		return escaped.toString();
	}
}
