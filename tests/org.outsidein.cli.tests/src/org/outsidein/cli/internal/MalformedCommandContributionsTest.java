package org.outsidein.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.outsidein.tests.support.Examples;
import org.outsidein.tests.support.ModelShape;
import org.outsidein.tests.support.TemporaryContributions;

/**
 * Bad contributions to {@code org.outsidein.cli.commands} are reported, naming their bundle, and skipped;
 * every other command still runs.
 */
class MalformedCommandContributionsTest {

	private static final Bundle CONTRIBUTOR = FrameworkUtil.getBundle(CommandLine.class);
	private static final String WHO = CONTRIBUTOR.getSymbolicName();
	private final TemporaryContributions contributions = new TemporaryContributions();

	@TempDir
	Path folder;

	@AfterEach
	void removeThem() {
		contributions.close();
	}

	@Test
	void aCommandWithABugExitsWithItsOwnCodeAndNamesALog() throws Exception {
		contributions.add(CONTRIBUTOR, "<extension id=\"buggy-commands\" point=\"org.outsidein.cli.commands\">"
				+ "<command name=\"buggy\" class=\"org.outsidein.cli.internal.broken.BuggyCommand\"/></extension>");
		for (String fault : new String[] { "NullPointerException", "overflow" }) {
			CapturedRun run = CapturedRun.run(folder, ModelShape.AS_OF, "buggy", fault);
			assertEquals(3, run.exitCode(), run.err());
			var line = Pattern.compile("^outsidein: internal error in 'buggy' \\(" + Pattern.quote(WHO)
					+ "\\): java\\.lang\\.(NullPointerException|StackOverflowError).*; details in (\\S+\\.log)\\R$")
					.matcher(run.err());
			assertTrue(line.matches(), "one line: " + run.err());
			Path log = Path.of(line.group(2));
			assertTrue(java.nio.file.Files.readString(log).contains("at org.outsidein.cli.internal.broken.BuggyCommand"),
					"the log holds the trace");
			java.nio.file.Files.delete(log);
		}
	}

	@Test
	void badCommandsAreReportedAndTheOthersRun() {
		contributions.add(CONTRIBUTOR, "<extension id=\"malformed-commands\" point=\"org.outsidein.cli.commands\">"
				+ "<command class=\"org.outsidein.cli.commands.StatsCommand\" usage=\"nameless\"/>"
				+ "<command name=\"unknown\" class=\"org.example.NoSuchCommand\"/>"
				+ "<command name=\"throwing\" class=\"org.outsidein.cli.internal.broken.ThrowingConstructorCommand\"/>"
				+ "<command name=\"unlinkable\" class=\"org.outsidein.cli.internal.broken.UnlinkableCommand\"/>"
				+ "<command name=\"stats\" class=\"org.outsidein.cli.internal.broken.ThrowingConstructorCommand\"/>"
				+ "</extension>");
		CapturedRun help = CapturedRun.run(folder, ModelShape.AS_OF, "--help");
		assertEquals(0, help.exitCode());
		assertTrue(help.out().contains("note: " + WHO + ": command ignored: missing attribute 'name'"), help.out());
		assertTrue(help.out().contains("note: " + WHO + ": command ignored: a second command 'stats'; the one from " + WHO
				+ " is used"), help.out());
		for (String broken : new String[] { "unknown", "throwing", "unlinkable" }) {
			CapturedRun run = CapturedRun.run(folder, ModelShape.AS_OF, broken);
			assertEquals(2, run.exitCode(), broken);
			assertTrue(Pattern.compile("^outsidein: command '" + broken + "' from " + Pattern.quote(WHO)
					+ " cannot be created: .+\\R$").matcher(run.err()).matches(), run.err());
		}
		CapturedRun stats = CapturedRun.run(folder, ModelShape.AS_OF, "stats", Examples.cairnwood().toString());
		assertEquals(0, stats.exitCode(), "the first 'stats' is used: " + stats.err());
	}
}
