package org.outsidein.reports.html;

import java.util.LinkedHashMap;
import java.util.Map;

/** A row or section of the report as the template reads it: names to values, in order. */
final class View {

	private final Map<String, Object> values = new LinkedHashMap<>();

	static View of() {
		return new View();
	}

	/**
	 * A missing value becomes empty text: the templates print what the view holds and stop at a null, and a
	 * report must be written whatever the model leaves out.
	 */
	View put(String name, Object value) {
		values.put(name, value == null ? "" : value);
		return this;
	}

	Map<String, Object> map() {
		return values;
	}
}
