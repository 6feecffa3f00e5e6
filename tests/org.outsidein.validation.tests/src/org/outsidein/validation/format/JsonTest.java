package org.outsidein.validation.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The JSON writer behind the JSON and SARIF formats: structure and RFC 8259 escaping. */
class JsonTest {

	private static String write(Object value) throws Exception {
		StringWriter out = new StringWriter();
		Json.write(value, out);
		return out.toString();
	}

	@Test
	void escapesWhatJsonRequires() throws Exception {
		assertEquals("\"say \\\"hi\\\" \\\\ \\n\\r\\t \\u0001 \\u2028 é\"\n", write("say \"hi\" \\ \n\r\t \u0001 \u2028 é"));
	}

	@Test
	void writesNestedStructuresIndented() throws Exception {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("name", "Ada");
		root.put("count", 3);
		root.put("ok", true);
		root.put("none", null);
		root.put("list", List.of(1, "two"));
		root.put("empty", List.of());
		assertEquals("{\n  \"name\": \"Ada\",\n  \"count\": 3,\n  \"ok\": true,\n  \"none\": null,\n"
				+ "  \"list\": [\n    1,\n    \"two\"\n  ],\n  \"empty\": []\n}\n", write(root));
	}
}
