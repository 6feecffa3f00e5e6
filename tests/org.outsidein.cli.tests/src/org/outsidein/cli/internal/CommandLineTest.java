package org.outsidein.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.model.OutsideInModel;
import org.outsidein.tests.support.Examples;

class CommandLineTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

	@TempDir
	Path folder;

	private CapturedRun run(String... args) {
		return CapturedRun.run(folder, TODAY, args);
	}

	private static Path example() {
		return Examples.cairnwood();
	}

	@Test
	void helpListsEveryContributedCommandWithItsBundle() {
		CapturedRun help = run("--help");
		assertEquals(0, help.exitCode());
		assertTrue(Pattern.compile("(?m)^  new +Create a new model file.*\\[org\\.outsidein\\.cli\\]$").matcher(help.out()).find(),
				help.out());
		assertTrue(Pattern.compile("(?m)^  stats +Print a model's ecosystem metrics.*\\[org\\.outsidein\\.cli\\]$")
				.matcher(help.out()).find(), help.out());
		assertEquals(help.out(), run().out(), "no arguments prints the help");
		assertEquals("", help.err());
	}

	@Test
	void commandHelpShowsItsUsage() {
		CapturedRun help = run("stats", "--help");
		assertEquals(0, help.exitCode());
		assertTrue(help.out().startsWith("Usage: outsidein stats MODEL [--as-of YYYY-MM-DD]"), help.out());
		assertEquals(help.out(), run("help", "stats").out());
	}

	@Test
	void versionNamesTheRelease() {
		CapturedRun version = run("--version");
		assertEquals(0, version.exitCode());
		assertTrue(version.out().matches("Outside-In 0\\.1\\.0 \\(build \\d+\\)\\R"), version.out());
	}

	@Test
	void statsPrintsTheRulesOfThumbOfTheExample() {
		CapturedRun stats = run("stats", example().toString());
		assertEquals(0, stats.exitCode(), stats.err());
		String out = stats.out();
		assertTrue(out.startsWith("Cairnwood Outdoor customer ecosystem  ("), out);
		assertTrue(out.contains("as of 2026-06-30"), out);
		assertTrue(Pattern.compile("Customers active in a role +2,243 +of 20,000 +11\\.2 % +rule >= 10 % +met")
				.matcher(out).find(), out);
		assertTrue(Pattern.compile("Employees engaging customers +17 +of 64 +26\\.6 % +rule >= 30 % +not met")
				.matcher(out).find(), out);
		assertTrue(Pattern.compile("Departments engaging customers +5 +of 6").matcher(out).find(), out);
		// 32 entries: the forum helpers (420 people), the repair café regulars (180) and 30 individuals.
		assertTrue(Pattern.compile("(?m)^  Guides +630 +32 ").matcher(out).find(), out);
		assertTrue(Pattern.compile("(?m)^ +15\\.0 +8\\.9 +2\\.8 +Know how much life a climbing rope has left$")
				.matcher(out).find(), out);
		assertTrue(out.contains("Next steps of the latest assessment overdue as of 2026-06-30: 2"), out);
		assertEquals("", stats.err());
	}

	@Test
	void statsTakesTheDayFromTheCommandLine() {
		CapturedRun stats = run("stats", example().toString(), "--as-of", "2026-11-25");
		assertEquals(0, stats.exitCode(), stats.err());
		assertTrue(stats.out().contains("Next steps of the latest assessment overdue as of 2026-11-25: 13"), stats.out());
	}

	@Test
	void aMissingFileIsOneLineAndExitCodeTwo() {
		CapturedRun missing = run("stats", "nowhere.outsidein");
		assertEquals(2, missing.exitCode());
		assertEquals("outsidein: " + folder.resolve("nowhere.outsidein") + ": no such file" + System.lineSeparator(),
				missing.err());
		assertEquals("", missing.out());
	}

	@Test
	void aBrokenFileIsReportedWithLineAndColumn() throws Exception {
		Files.writeString(folder.resolve("broken.outsidein"), "<?xml version=\"1.0\"?>\n<outsidein:OutsideInModel");
		CapturedRun broken = run("stats", "broken.outsidein");
		assertEquals(2, broken.exitCode());
		assertTrue(broken.err().matches("outsidein: .*broken\\.outsidein:2:\\d+: .*\\R"), broken.err());
		assertEquals(1, broken.err().lines().count(), "one line, no stack trace");
	}

	@Test
	void usageErrorsExitWithTwo() {
		CapturedRun unknownCommand = run("frobnicate");
		assertEquals(2, unknownCommand.exitCode());
		assertTrue(unknownCommand.err().startsWith("outsidein: unknown command 'frobnicate'"), unknownCommand.err());

		CapturedRun badOption = run("stats", example().toString(), "--as-off", "2026-01-01");
		assertEquals(2, badOption.exitCode());
		assertTrue(badOption.err().startsWith("outsidein: stats: unknown option --as-off"), badOption.err());
		assertTrue(badOption.err().contains("usage: outsidein stats MODEL"), badOption.err());

		CapturedRun badDate = run("stats", example().toString(), "--as-of", "tomorrow");
		assertEquals(2, badDate.exitCode());
		assertTrue(badDate.err().contains("--as-of expects a date as YYYY-MM-DD, got 'tomorrow'"), badDate.err());

		CapturedRun noModel = run("stats");
		assertEquals(2, noModel.exitCode());
		assertTrue(noModel.err().startsWith("outsidein: stats: missing the model file"), noModel.err());
	}

	@Test
	void newCreatesAModelWiredToTheMethodology() throws Exception {
		CapturedRun created = run("new", "acme-gear.outsidein", "--name", "Acme Gear");
		assertEquals(0, created.exitCode(), created.err());
		Path file = folder.resolve("acme-gear.outsidein");
		OutsideInModel model = ModelFiles.load(file);
		assertEquals("Acme Gear", model.getName());
		assertEquals("Outside Innovation", model.getMethodologies().get(0).getName());
		assertEquals(5, model.getMethodologies().get(0).getRoles().size());

		assertTrue(created.out().contains("Next:"), created.out());
		assertTrue(created.out().contains("--customer-base N --headcount N"), "says what the rules of thumb need: "
				+ created.out());

		CapturedRun stats = run("stats", "acme-gear.outsidein");
		assertEquals(0, stats.exitCode(), stats.err());
		assertTrue(stats.out().contains("unknown \u2014 set the customer base size"), stats.out());
	}

	@Test
	void newListsAndChecksTheInstalledMethodologies() throws Exception {
		CapturedRun listed = run("new", "--list-methodologies");
		assertEquals(0, listed.exitCode(), listed.err());
		assertTrue(Pattern.compile("(?m)^  outside-innovation +Outside Innovation +org\\.outsidein\\.core$")
				.matcher(listed.out()).find(), listed.out());

		CapturedRun chosen = run("new", "chosen.outsidein", "--methodology", "outside-innovation");
		assertEquals(0, chosen.exitCode(), chosen.err());
		assertTrue(chosen.out().contains("using the Outside Innovation methodology"), chosen.out());

		CapturedRun unknown = run("new", "unknown.outsidein", "--methodology", "six-sigma");
		assertEquals(2, unknown.exitCode());
		assertTrue(unknown.err().contains("no methodology 'six-sigma' is installed; choose one of outside-innovation"),
				unknown.err());
		assertFalse(Files.exists(folder.resolve("unknown.outsidein")), "nothing written on a usage error");
	}

	@Test
	void newTakesTheSizesTheRulesOfThumbNeed() throws Exception {
		CapturedRun created = run("new", "sized.outsidein", "--customer-base", "20,000", "--headcount", "64");
		assertEquals(0, created.exitCode(), created.err());
		assertFalse(created.out().contains("--customer-base N"), created.out());
		OutsideInModel model = ModelFiles.load(folder.resolve("sized.outsidein"));
		assertEquals(20000, model.getOrganisation().getCustomerBaseSize());
		assertEquals(64, model.getOrganisation().getHeadcount());
		CapturedRun refused = run("new", "nought.outsidein", "--headcount", "none");
		assertEquals(2, refused.exitCode());
		assertTrue(refused.err().contains("--headcount takes a whole number of 1 or more, got 'none'"), refused.err());
		assertFalse(Files.exists(folder.resolve("nought.outsidein")), "nothing written on a usage error");
	}

	@Test
	void newNeverOverwritesAFile() throws Exception {
		Path file = folder.resolve("mine.outsidein");
		Files.writeString(file, "precious");
		CapturedRun refused = run("new", "mine.outsidein");
		assertEquals(2, refused.exitCode());
		assertTrue(refused.err().contains("mine.outsidein already exists"), refused.err());
		assertEquals("precious", Files.readString(file));
		assertFalse(Files.exists(ModelFiles.backupOf(file)));
	}
}
