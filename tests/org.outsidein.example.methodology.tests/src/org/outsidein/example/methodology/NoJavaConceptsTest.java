package org.outsidein.example.methodology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.cli.internal.CapturedRun;
import org.outsidein.tests.support.MeetupConcept;

/**
 * A concept defined in an .ecore file next to the model, with no plug-in: validate, report and diagram treat its
 * instances as the Outside-In class they extend.
 */
class NoJavaConceptsTest {

	@TempDir
	Path folder;

	@Test
	void everyCommandReadsAModelWithADynamicConcept() throws Exception {
		MeetupConcept.modelWithAMeetup(folder, "guild.outsidein");

		CapturedRun validate = CapturedRun.run(folder, HackathonModel.TODAY, "validate", "guild.outsidein");
		assertTrue(validate.exitCode() <= 1, validate.out() + validate.err());
		assertTrue(validate.out().contains("Meetup community 'Lyon makers'"), "named by its own class: " + validate.out());
		CapturedRun report = CapturedRun.run(folder, HackathonModel.TODAY, "report", "guild.outsidein", "--format", "md",
				"--out", "reports");
		assertEquals(0, report.exitCode(), report.out() + report.err());
		assertTrue(Files.readString(folder.resolve("reports/guild-report.md")).contains("Lyon makers"));
		CapturedRun diagram = CapturedRun.run(folder, HackathonModel.TODAY, "diagram", "guild.outsidein", "--out", "e.svg");
		assertEquals(0, diagram.exitCode(), diagram.err());
		assertTrue(Files.readString(folder.resolve("e.svg")).contains(">Lyon makers<"));
	}
}
