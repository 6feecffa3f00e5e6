package org.outsidein.reports.html;

import java.util.LinkedHashMap;
import java.util.Map;

/** A row or section of the report as the template reads it: names to values, in order. */
final class View {

	private final Map<String, Object> values = new LinkedHashMap<>();

	static View of() {
		return new View();
	}

	View put(String name, Object value) {
		values.put(name, value);
		return this;
	}

	Map<String, Object> map() {
		return values;
	}
}
