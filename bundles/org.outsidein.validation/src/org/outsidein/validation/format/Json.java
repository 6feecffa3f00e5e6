package org.outsidein.validation.format;

import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes a tree of maps, lists, strings, numbers, booleans and nulls as indented JSON, strings escaped per
 * RFC 8259. Enough for the JSON and SARIF formats without a JSON library in the target platform.
 */
final class Json {

	private Json() {
	}

	static void write(Object value, Writer out) throws IOException {
		write(value, out, 0);
		out.write('\n');
	}

	private static void write(Object value, Writer out, int depth) throws IOException {
		if (value == null) {
			out.write("null");
		} else if (value instanceof String text) {
			string(text, out);
		} else if (value instanceof Number || value instanceof Boolean) {
			out.write(value.toString());
		} else if (value instanceof Map<?, ?> map) {
			container(map.entrySet().iterator(), '{', '}', out, depth);
		} else if (value instanceof List<?> list) {
			container(list.iterator(), '[', ']', out, depth);
		} else {
			string(value.toString(), out);
		}
	}

	private static void container(Iterator<?> items, char open, char close, Writer out, int depth)
			throws IOException {
		out.write(open);
		boolean empty = true;
		while (items.hasNext()) {
			Object item = items.next();
			out.write(empty ? "\n" : ",\n");
			empty = false;
			out.write("  ".repeat(depth + 1));
			if (item instanceof Map.Entry<?, ?> entry) {
				string(String.valueOf(entry.getKey()), out);
				out.write(": ");
				write(entry.getValue(), out, depth + 1);
			} else {
				write(item, out, depth + 1);
			}
		}
		if (!empty) {
			out.write('\n');
			out.write("  ".repeat(depth));
		}
		out.write(close);
	}

	private static void string(String text, Writer out) throws IOException {
		out.write('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '"' -> out.write("\\\"");
			case '\\' -> out.write("\\\\");
			case '\n' -> out.write("\\n");
			case '\r' -> out.write("\\r");
			case '\t' -> out.write("\\t");
			default -> {
				if (c < 0x20 || c == 0x2028 || c == 0x2029) {
					out.write(String.format("\\u%04x", (int) c));
				} else {
					out.write(c);
				}
			}
			}
		}
		out.write('"');
	}
}
