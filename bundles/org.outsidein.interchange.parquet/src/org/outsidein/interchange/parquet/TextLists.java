package org.outsidein.interchange.parquet;

import java.util.List;

/**
 * Lists of ids go into DuckDB as one joined text each and are split into VARCHAR[] by DuckDB itself, once the table is
 * filled: DuckDB's appender takes a Java list value by value, about five times slower than one string, and on a model
 * of 100,000 customers the lists of the role assignments were most of the export's time. The separator is U+001F,
 * which XML 1.0 cannot hold in any form, so no id read from a model file contains it.
 */
final class TextLists {

	private static final char SEPARATOR = '\u001f';

	private TextLists() {
	}

	/** The list as one text; "" for the empty list. */
	static String joined(List<?> items) {
		StringBuilder text = new StringBuilder();
		for (Object item : items) {
			if (text.length() > 0) {
				text.append(SEPARATOR);
			}
			text.append(item);
		}
		return text.toString();
	}

	/** The SQL expression that turns a joined column back into a list; an empty text is the empty list. */
	static String split(String column) {
		return "CASE WHEN " + column + " = '' THEN []::VARCHAR[] ELSE string_split(" + column + ", chr("
				+ (int) SEPARATOR + ")) END";
	}
}
