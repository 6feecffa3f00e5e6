package org.outsidein.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.outsidein.tests.support.ModelShape;

/** {@code outsidein stats} on every shape of model: it always answers, and what it prints is true for the shape. */
class StatsOnEveryShapeTest {

	@TempDir
	Path folder;

	@ParameterizedTest
	@EnumSource(ModelShape.class)
	void printsWhatIsTrueForTheShape(ModelShape shape) throws Exception {
		Path file = shape.create(folder);
		CapturedRun stats = CapturedRun.run(folder, ModelShape.AS_OF, "stats", file.toString());
		assertEquals(0, stats.exitCode(), shape + ": " + stats.err());
		assertEquals("", stats.err(), shape.description());
		String out = stats.out();
		assertFalse(out.contains("Exception") || out.contains("null"), out);
		switch (shape) {
		case FRESH -> {
			assertTrue(out.startsWith("Fresh  ("), out);
			assertTrue(out.contains("unknown \u2014 set the customer base size"), out);
			assertTrue(out.contains("unknown \u2014 set the headcount"), out);
			assertTrue(out.contains("Next steps of the latest assessment overdue as of 2026-11-25: 0"), out);
		}
		case ORGANISATION_ONLY -> assertLine(out, "Customers active in a role", "0", "of 5,000", "0.0 %", "rule >= 10 %", "not met");
		case CUSTOMERS_NO_ASSESSMENT -> {
			// Ada (1) and the Trail Club (1,200) are current customers in roles; Ken Ito is a lead user, not a customer.
			assertLine(out, "Customers active in a role", "1,201", "of 5,000", "24.0 %", "rule >= 10 %", "met");
			assertLine(out, "Guides", "1,200", "1");
		}
		case ONE_ASSESSMENT, EXTRA_ROLE -> assertTrue(out.contains("overdue as of 2026-11-25: " + answers(shape)), out);
		case TWO_ASSESSMENTS -> assertTrue(out.contains("overdue as of 2026-11-25: 10"),
				"the 2025 steps are superseded, not overdue twice: " + out);
		case NO_EMPLOYEES -> {
			assertTrue(out.contains("unknown \u2014 set the headcount"), out);
			assertTrue(out.contains("(nobody)"), "no one is responsible for the next steps: " + out);
		}
		case UNKNOWN_WHOLES -> {
			assertLine(out, "Customers active in a role", "1,201", "of ?", "rule >= 10 %", "unknown \u2014 set the customer base size");
			assertLine(out, "Employees engaging customers", "2", "of ?", "rule >= 30 %", "unknown \u2014 set the headcount");
		}
		case GROUP_LARGER_THAN_BASE -> {
			assertLine(out, "Customers active in a role", "6,201", "of 1,000", "620.1 %", "rule >= 10 %", "met");
			assertLine(out, "Promoters", "6,200", "2");
		}
		case EMPTY_TEXTS -> assertTrue(out.startsWith("(unnamed)  ("), out);
		case WRONG_TYPE_REFERENCES, DANGLING_ROLE -> assertTrue(out.contains("Rules of thumb"), out);
		}
		if (shape == ModelShape.EXTRA_ROLE) {
			assertLine(out, "Ambassadors", "1", "1");
		}
	}

	/** The first activity of every role and step is answered, each with a next step long overdue. */
	private static int answers(ModelShape shape) {
		return shape == ModelShape.EXTRA_ROLE ? 11 : 10;
	}

	/** A line that starts with the label and holds the cells, in order, separated by spaces. */
	private static void assertLine(String out, String label, String... cells) {
		String pattern = "(?m)^\\s*" + java.util.regex.Pattern.quote(label) + "\\s+"
				+ String.join("\\s+", java.util.Arrays.stream(cells).map(java.util.regex.Pattern::quote).toList());
		assertTrue(java.util.regex.Pattern.compile(pattern).matcher(out).find(), "expected " + label + " "
				+ String.join(" ", cells) + " in:\n" + out);
	}
}
