package org.outsidein.interchange.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;

/** Numbers that may be missing: JSON has no NaN, so an unknown figure is written as null. */
final class JsonNumbers {

	private JsonNumbers() {
	}

	static void write(String name, Double value, JsonGenerator json) throws IOException {
		if (value == null || value.isNaN() || value.isInfinite()) {
			json.writeNullField(name);
		} else {
			json.writeNumberField(name, value);
		}
	}
}
