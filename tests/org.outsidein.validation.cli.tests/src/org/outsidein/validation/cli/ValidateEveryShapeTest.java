package org.outsidein.validation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.outsidein.cli.internal.CapturedRun;
import org.outsidein.tests.support.ModelShape;
import org.w3c.dom.Document;

/**
 * {@code outsidein validate} on every shape of model, in every format: it always answers (exit 0 or 1), and
 * one file that cannot be loaded never hides the results of the others.
 */
class ValidateEveryShapeTest {

	private static final List<String> FORMATS = List.of("text", "json", "junit", "sarif");

	@TempDir
	Path folder;

	@ParameterizedTest
	@EnumSource(ModelShape.class)
	void everyFormatAnswersOnEveryShape(ModelShape shape) throws Exception {
		Path file = shape.create(folder);
		for (String format : FORMATS) {
			CapturedRun run = CapturedRun.run(folder, ModelShape.AS_OF, "validate", file.toString(), "--format", format);
			assertTrue(run.exitCode() == 0 || run.exitCode() == 1, shape + " " + format + ": " + run.err() + run.out());
			assertEquals("", run.err(), shape + " " + format);
			assertFalse(run.out().contains("Exception"), run.out());
			wellFormed(format, run.out());
		}
		String text = CapturedRun.run(folder, ModelShape.AS_OF, "validate", file.toString()).out();
		switch (shape) {
		case FRESH -> assertTrue(text.startsWith("fresh.outsidein: 0 errors, "), text);
		case WRONG_TYPE_REFERENCES -> {
			assertTrue(text.contains("refers in 'department' to Customer role 'Guides'"), text);
			assertTrue(text.contains("refers in 'activity' to Customer role 'Guides'"), text);
			assertTrue(text.contains("refers in 'role' to Organisation 'Shape fresh from outsidein new'"), text);
			assertTrue(text.contains("which is not a customer role  [outsidein.dangling-reference]"), text);
		}
		case DANGLING_ROLE -> assertTrue(text.contains("#role-nobody-plays, which cannot be found"), text);
		case NO_EMPLOYEES, UNKNOWN_WHOLES -> assertTrue(text.contains("unknown \u2014 set the headcount, so the 30 % rule"
				+ " cannot be checked"), text);
		case EMPTY_TEXTS -> assertTrue(text.startsWith("empty-texts.outsidein: "), text);
		default -> assertTrue(text.contains(" rules)"), text);
		}
	}

	@Test
	void aBrokenFileIsAResultOfItsOwnInEveryFormat() throws Exception {
		Path good = ModelShape.ONE_ASSESSMENT.create(folder);
		Path broken = folder.resolve("broken.outsidein");
		String whole = Files.readString(good);
		Files.writeString(broken, whole.substring(0, whole.length() / 2));
		Path fresh = ModelShape.FRESH.create(folder);
		for (String format : FORMATS) {
			CapturedRun run = CapturedRun.run(folder, ModelShape.AS_OF, "validate", good.toString(), broken.toString(),
					fresh.toString(), "--format", format);
			assertEquals(1, run.exitCode(), format + ": " + run.out());
			wellFormed(format, run.out());
			for (Path file : List.of(good, broken, fresh)) {
				assertTrue(run.out().contains(file.getFileName().toString()), format + " names " + file + ": " + run.out());
			}
			assertTrue(run.out().contains("outsidein.model-file"), format + ": " + run.out());
			assertTrue(run.out().contains("the file ends in the middle of the model"), format + ": " + run.out());
		}
		String text = CapturedRun.run(folder, ModelShape.AS_OF, "validate", good.toString(), broken.toString(),
				fresh.toString()).out();
		assertTrue(text.matches("(?s).*\\n  broken\\.outsidein:\\d+:\\d+  \\n.*"), "file:line:column: " + text);
	}

	/** JSON and SARIF as JSON (parsed by the JavaScript-free reader below), JUnit as XML. */
	private static void wellFormed(String format, String out) throws Exception {
		switch (format) {
		case "junit" -> {
			Document junit = DocumentBuilderFactory.newInstance().newDocumentBuilder()
					.parse(new ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8)));
			assertEquals("testsuites", junit.getDocumentElement().getTagName());
		}
		case "json", "sarif" -> assertBalancedJson(out);
		default -> assertFalse(out.isBlank());
		}
	}

	/** Brackets and quotes balance: enough to catch a document cut short or two documents run together. */
	private static void assertBalancedJson(String json) {
		List<Character> open = new ArrayList<>();
		boolean inString = false;
		for (int i = 0; i < json.length(); i++) {
			char c = json.charAt(i);
			if (inString) {
				if (c == '\\') {
					i++;
				} else if (c == '"') {
					inString = false;
				}
			} else if (c == '"') {
				inString = true;
			} else if (c == '{' || c == '[') {
				open.add(c);
			} else if (c == '}' || c == ']') {
				char expected = c == '}' ? '{' : '[';
				assertTrue(!open.isEmpty() && open.remove(open.size() - 1) == expected, "unbalanced at " + i);
				if (open.isEmpty()) {
					assertTrue(json.substring(i + 1).isBlank(), "one document only");
				}
			}
		}
		assertTrue(open.isEmpty() && !inString, "the JSON is complete");
	}
}
