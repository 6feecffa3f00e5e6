package org.outsidein.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.cli.internal.CapturedRun;
import org.outsidein.tests.support.Examples;

/** {@code outsidein report}, in-process, with the example generator plug-in installed. */
class ReportCommandTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	@TempDir
	Path folder;

	private CapturedRun run(String... args) {
		return CapturedRun.run(folder, TODAY, args);
	}

	private static String example() {
		return Examples.cairnwood().toString();
	}

	@Test
	void listShowsTheContributedGeneratorWithItsBundle() {
		CapturedRun list = run("report", "--list");
		assertEquals(0, list.exitCode(), list.err());
		assertTrue(Pattern.compile("(?m)^txt +example\\.executive-summary +org\\.outsidein\\.example\\.report +")
				.matcher(list.out()).find(), list.out());
		assertTrue(Pattern.compile("(?m)^html +outsidein\\.html +org\\.outsidein\\.reports +").matcher(list.out()).find());
	}

	@Test
	void writesEveryFormatAskedForAndPrintsThePaths() throws Exception {
		CapturedRun report = run("report", example(), "--format", "html,md,csv,txt", "--out", "out");
		assertEquals(0, report.exitCode(), report.err());
		List<String> printed = report.out().lines().toList();
		assertEquals(1 + 1 + 10 + 1, printed.size(), report.out());
		for (String path : printed) {
			assertTrue(Files.size(Path.of(path)) > 0, path);
			assertTrue(Path.of(path).startsWith(folder.resolve("out")), path);
		}
		String summary = Files.readString(folder.resolve("out/cairnwood-outdoor-summary.txt"));
		assertTrue(summary.contains("Maturity: level 4 of 5, Embedded"), summary);
		assertTrue(report.err().contains("report: HTML report..."), "progress on standard error: " + report.err());
	}

	@Test
	void comparesWithANamedAssessment() {
		CapturedRun report = run("report", example(), "--compare", "Self-assessment 2025", "--format", "md", "--out", "md");
		assertEquals(0, report.exitCode(), report.err());
		CapturedRun unknown = run("report", example(), "--compare", "Self-assessment 1999");
		assertEquals(2, unknown.exitCode());
		assertTrue(unknown.err().contains("no assessment 'Self-assessment 1999' in the model; it has: Self-assessment 2025"),
				unknown.err());
	}

	@Test
	void usageErrorsExitWithTwo() {
		CapturedRun format = run("report", example(), "--format", "docx");
		assertEquals(2, format.exitCode());
		assertTrue(format.err().startsWith("outsidein: report: no report generator writes 'docx'; available: "),
				format.err());
		String available = format.err().lines().findFirst().orElseThrow().replaceAll(".*available: ", "");
		assertEquals(java.util.Set.of("html", "md", "csv", "txt", "pdf"), java.util.Set.of(available.split(", ")));
		CapturedRun missing = run("report", "nowhere.outsidein");
		assertEquals(2, missing.exitCode());
		assertEquals(1, missing.err().lines().count(), missing.err());
	}
}
