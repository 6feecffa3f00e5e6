package org.outsidein.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.outsidein.cli.internal.CapturedRun;
import org.outsidein.tests.support.ModelShape;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * {@code outsidein report} in every format on every shape of model: every file is written (exit 0), with
 * ordinary permissions, and what the report says is true for the shape. The first line of each HTML summary
 * is kept in target/shape-summaries.txt for the record.
 */
class ReportOnEveryShapeTest {

	private static final String FORMATS = "html,pdf,md,csv,txt";
	private static final List<String> SUMMARIES = new ArrayList<>();

	@TempDir
	Path folder;

	@ParameterizedTest
	@EnumSource(ModelShape.class)
	void everyFormatIsWrittenAndTellsTheTruth(ModelShape shape) throws Exception {
		Path file = shape.create(folder);
		CapturedRun run = CapturedRun.run(folder, ModelShape.AS_OF, "report", file.toString(), "--format", FORMATS,
				"--out", "reports");
		assertEquals(0, run.exitCode(), shape + ": " + run.err());
		List<Path> written = run.out().lines().map(Path::of).toList();
		assertEquals(1 + 1 + 1 + 10 + 1, written.size(), run.out());
		for (Path report : written) {
			assertTrue(Files.size(report) > 0, report.toString());
			assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(report)), report.toString());
		}
		String stem = shape.fileName().replace(".outsidein", "");
		Path html = folder.resolve("reports/" + stem + "-report.html");
		Document page = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(html.toFile());
		String text = text(page.getElementsByTagName("body").item(0));
		String markdown = Files.readString(folder.resolve("reports/" + stem + "-report.md"), StandardCharsets.UTF_8);
		String summary = text.substring(text.indexOf("Executive summary") + "Executive summary".length()).strip();
		SUMMARIES.add(shape.description() + ": " + summary.substring(0, summary.indexOf(". ") + 1));
		for (String report : List.of(text, markdown)) {
			assertFalse(report.contains("FTL") || report.contains("Exception") || report.contains("null"), report);
		}
		switch (shape) {
		case FRESH -> {
			assertTrue(text.contains("Not assessed yet: the model holds no self-assessment, so no maturity level is given."),
					text);
			assertFalse(text.contains("Level 1"), "no grade without a self-assessment");
			bothSay(text, markdown, "unknown \u2014 set the customer base size");
			bothSay(text, markdown, "unknown \u2014 set the headcount");
			assertFalse(text.contains("Strongest step"), text);
		}
		case ORGANISATION_ONLY, CUSTOMERS_NO_ASSESSMENT -> {
			bothSay(text, markdown, "Not assessed yet");
			assertTrue(text.contains("The 30 % rule is not met: 0.0 % (0 of 40)") || shape != ModelShape.ORGANISATION_ONLY,
					text);
		}
		case ONE_ASSESSMENT -> {
			assertTrue(text.contains("Level 1 of 5 · Initial") || text.contains("Level 2 of 5 · Exploring"), text);
			assertTrue(text.contains("There is no earlier assessment to compare with."), text);
			assertTrue(text.contains("Today Pain point Ideal Guess from the feel nobody knows how worn it is Read the wear gauge"),
					"today and ideal side by side: " + text);
			assertTrue(text.contains("Best repair contest Contest 1,200"), "a contest, its participants counted as people");
		}
		case TWO_ASSESSMENTS -> assertTrue(text.contains("10 next steps of Self-assessment 2025 were left open and are"
				+ " superseded by the latest assessment"), text);
		case NO_EMPLOYEES -> {
			bothSay(text, markdown, "unknown \u2014 set the headcount");
			assertTrue(text.contains("(nobody responsible)"), text);
		}
		case UNKNOWN_WHOLES -> {
			bothSay(text, markdown, "unknown \u2014 set the customer base size");
			assertTrue(text.contains("Level "), "an assessment is graded even when the wholes are unknown");
		}
		case GROUP_LARGER_THAN_BASE -> {
			assertTrue(text.contains("The 10 % rule is met: 620.1 % (6,201 of 1,000)"), text);
			assertTrue(text.contains("Promoters 6,200 2"), "people, then entries: " + text);
		}
		case EXTRA_ROLE -> {
			assertTrue(text.contains("Ambassadors 1 1 Vera Ambassador"), text);
			assertTrue(text.contains("Invite ambassadors to launches"), text);
		}
		case EMPTY_TEXTS -> {
			assertTrue(text.startsWith("Model empty-texts"), text);
			assertTrue(text.contains("(unnamed)"), text);
		}
		case WRONG_TYPE_REFERENCES -> {
			assertTrue(text.contains("which is not a customer role [outsidein.dangling-reference]"), text);
			assertTrue(text.contains("which is not a department [outsidein.dangling-reference]"), text);
			assertTrue(text.contains("which is not an activity [outsidein.dangling-reference]"), text);
		}
		case DANGLING_ROLE -> assertTrue(text.contains("role-nobody-plays, which cannot be found"), text);
		}
	}

	/** The page's words as a reader sees them: a space between the cells of a table, no style sheet. */
	private static String text(Node node) {
		StringBuilder words = new StringBuilder();
		collect(node, words);
		return words.toString().replaceAll("\\s+", " ").strip();
	}

	private static void collect(Node node, StringBuilder words) {
		if (node.getNodeType() == Node.TEXT_NODE) {
			words.append(node.getNodeValue());
		} else if (!"style".equals(node.getNodeName())) {
			for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
				collect(child, words);
			}
			words.append(' ');
		}
	}

	private static void bothSay(String html, String markdown, String what) {
		assertTrue(html.contains(what), "HTML: " + html);
		assertTrue(markdown.contains(what.replace("-", "\\-")) || markdown.contains(what), "Markdown: " + markdown);
	}

	@AfterAll
	static void keepTheSummaries() throws Exception {
		Path target = Path.of("target").toAbsolutePath();
		if (Files.isDirectory(target)) {
			Files.write(target.resolve("shape-summaries.txt"), SUMMARIES, StandardCharsets.UTF_8);
		}
	}
}
