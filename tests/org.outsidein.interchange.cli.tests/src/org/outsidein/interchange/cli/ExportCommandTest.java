package org.outsidein.interchange.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.cli.internal.CapturedRun;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.interchange.csv.CsvRow;
import org.outsidein.interchange.csv.CsvTable;
import org.outsidein.tests.support.Examples;

/** {@code outsidein export}, and its files imported back with {@code outsidein import}. */
class ExportCommandTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	@TempDir
	Path folder;

	private CapturedRun run(String... args) {
		return CapturedRun.run(folder, TODAY, args);
	}

	private Path copyOfTheExample() throws Exception {
		return Files.copy(Examples.cairnwood(), folder.resolve("cairnwood-outdoor.outsidein"));
	}

	@Test
	void writesCustomersAndEmployeesAndPrintsTheFiles() throws Exception {
		CapturedRun export = run("export", Examples.cairnwood().toString(), "--format", "csv", "--out", "exports");
		assertEquals(0, export.exitCode(), export.err());
		assertEquals(List.of(folder.resolve("exports/cairnwood-outdoor-customers.csv").toString(),
				folder.resolve("exports/cairnwood-outdoor-employees.csv").toString()), export.out().lines().toList());
		CsvTable customers = CsvTable.read(folder.resolve("exports/cairnwood-outdoor-customers.csv"));
		assertEquals(ModelFiles.load(Examples.cairnwood()).getCustomers().size(), customers.rows().size());
	}

	@Test
	void noCellStartsWithWhatASpreadsheetWouldRun() throws Exception {
		Path model = copyOfTheExample();
		String text = Files.readString(model, StandardCharsets.UTF_8).replaceFirst("(<customers [^>]*?name=\")[^\"]*\"",
				"$1=HYPERLINK(&quot;http://evil.example&quot;)\"");
		Files.writeString(model, text, StandardCharsets.UTF_8);
		assertEquals(0, run("export", model.toString(), "--out", "out").exitCode());
		String customers = Files.readString(folder.resolve("out/cairnwood-outdoor-customers.csv"), StandardCharsets.UTF_8);
		assertTrue(customers.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\")\","), customers);
		for (Path file : List.of(folder.resolve("out/cairnwood-outdoor-customers.csv"),
				folder.resolve("out/cairnwood-outdoor-employees.csv"))) {
			for (CsvRow row : CsvTable.read(file).rows()) {
				for (String cell : row.cells()) {
					assertTrue(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0, file + " row " + row.number() + ": " + cell);
				}
			}
		}
		CapturedRun back = run("import", model.toString(), "out/cairnwood-outdoor-customers.csv");
		assertEquals(0, back.exitCode(), back.out());
		assertTrue(back.out().contains(" 0 added, 0 updated, "), "the formula reads back as the model's text: " + back.out());
	}

	@Test
	void anExportImportedIntoItsModelChangesNotOneByte() throws Exception {
		Path model = copyOfTheExample();
		byte[] before = Files.readAllBytes(model);
		run("export", model.toString(), "--out", "out");
		for (String kind : List.of("customers", "employees")) {
			CapturedRun back = run("import", model.toString(), "out/cairnwood-outdoor-" + kind + ".csv", "--kind", kind);
			assertEquals(0, back.exitCode(), back.out() + back.err());
			assertTrue(Pattern.compile("\\d+ rows: 0 added, 0 updated, \\d+ unchanged, 0 not imported\\.").matcher(back.out())
					.find(), back.out());
		}
		assertArrayEquals(before, Files.readAllBytes(model));
		assertTrue(Files.notExists(ModelFiles.backupOf(model)), "nothing changed, nothing saved");
	}

	@Test
	void anExportFillsAModelFreshFromOutsideinNew() throws Exception {
		run("export", Examples.cairnwood().toString(), "--out", "out");
		assertEquals(0, run("new", "copy.outsidein").exitCode());
		CapturedRun customers = run("import", "copy.outsidein", "out/cairnwood-outdoor-customers.csv");
		CapturedRun employees = run("import", "copy.outsidein", "out/cairnwood-outdoor-employees.csv", "--kind", "employees");
		assertEquals(0, customers.exitCode() + employees.exitCode(), customers.out() + employees.out());
		assertEquals(roles(run("stats", Examples.cairnwood().toString()).out()), roles(run("stats", "copy.outsidein").out()),
				"the same people in the same roles at the same depths");
	}

	/** Per role: people, entries and the four depths, then the names; not the outcomes, which the files do not hold. */
	private static List<String> roles(String stats) {
		Pattern counts = Pattern.compile("(?m)^  ((?:Lead Customers|Contributors|Consultants|Guides|Promoters)(?: +[\\d,]+){6})");
		Pattern names = Pattern.compile("(?m)^  (?:Lead Customers|Contributors|Consultants|Guides|Promoters): .*$");
		List<String> found = new ArrayList<>();
		counts.matcher(stats).results().forEach(match -> found.add(match.group(1)));
		names.matcher(stats).results().forEach(match -> found.add(match.group()));
		assertEquals(10, found.size(), stats);
		return found;
	}

	@Test
	void usageErrorsExitWithTwo() {
		CapturedRun format = run("export", Examples.cairnwood().toString(), "--format", "xlsx");
		assertEquals(2, format.exitCode());
		assertTrue(format.err().startsWith("outsidein: export: --format takes csv (the one export format so far), got 'xlsx'"),
				format.err());
		CapturedRun missing = run("export", "nowhere.outsidein");
		assertEquals(2, missing.exitCode());
		assertEquals(1, missing.err().lines().count(), missing.err());
	}

	@Test
	void helpListsBothCommandsWithTheirBundle() {
		String help = run("--help").out();
		assertTrue(Pattern.compile("(?m)^  export +Write a model's customers and employees .*\\[org\\.outsidein\\.interchange\\.cli\\]$")
				.matcher(help).find(), help);
		assertTrue(Pattern.compile("(?m)^  import +Import customers .*\\[org\\.outsidein\\.interchange\\.cli\\]$")
				.matcher(help).find(), help);
	}
}
