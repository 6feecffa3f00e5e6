package org.outsidein.interchange.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.cli.internal.CapturedRun;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.model.Outcome;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.SegmentRating;
import org.outsidein.tests.support.Examples;

/**
 * {@code outsidein outcomes import} on a small survey whose figures are worked out by hand below: ten respondents
 * rate two outcomes from 1 to 5; a score is the share of 4s and 5s times 10, the opportunity importance + max(importance
 * - satisfaction, 0).
 */
class OutcomesCommandTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
	private static final String ROPE = "Know how much life a climbing rope has left";
	private static final String SHADE = "Find a campsite with shade";
	/**
	 * Rope, importance: 5 5 4 4 3 4 2 5 4 1, seven 4s or 5s of ten: 7.0. Satisfaction: 2 1 3 2 4 5 4 3 1 2, three: 3.0.
	 * Opportunity 7.0 + 4.0 = 11.0. Alpine climbers (rows 1-4): importance 4 of 4, 10.0; satisfaction 0 of 4, 0.0;
	 * opportunity 20.0. Family campers (rows 5-8): importance 2 of 4, 5.0; satisfaction 3 of 4, 7.5; opportunity 5.0.
	 * Shade (row 4 did not answer): importance 3 2 3 5 5 4 4 5 1, five of nine, 5.6; satisfaction 4 4 5 2 1 2 3 4 5,
	 * five of nine, 5.6; opportunity 5.6. Alpine climbers: 0 of 3 and 3 of 3, so 0.0, 10.0, opportunity 0.0. Family
	 * campers: 4 of 4 and 0 of 4, so 10.0, 0.0, opportunity 20.0.
	 */
	private static final String SURVEY = "Respondent;Segment;" + ROPE + " - importance;" + ROPE + " - satisfaction;"
			+ "Importance: " + SHADE + ";Satisfaction: " + SHADE + "\n"
			+ "r1;Alpine climbers;5;2;3;4\n"
			+ "r2;Alpine climbers;5;1;2;4\n"
			+ "r3;Alpine climbers;4;3;3;5\n"
			+ "r4;Alpine climbers;4;2;;\n"
			+ "r5;Family campers;3;4;5;2\n"
			+ "r6;Family campers;4;5;5;1\n"
			+ "r7;Family campers;2;4;4;2\n"
			+ "r8;Family campers;5;3;4;3\n"
			+ "r9;;4;1;5;4\n"
			+ "r10;;1;2;1;5\n";

	@TempDir
	Path folder;

	private Path model;

	@BeforeEach
	void copyTheExample() throws Exception {
		model = Files.copy(Examples.cairnwood(), folder.resolve("cairnwood.outsidein"), StandardCopyOption.REPLACE_EXISTING);
	}

	private CapturedRun run(String... args) {
		return CapturedRun.run(folder, TODAY, args);
	}

	private Path survey(String name, String text) throws Exception {
		return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
	}

	private static Outcome outcome(OutsideInModel model, String name) {
		return model.getOutcomes().stream().filter(o -> name.equals(o.getName())).findFirst().orElseThrow();
	}

	private static SegmentRating in(Outcome outcome, String segment) {
		return outcome.getSegmentRatings().stream().filter(r -> segment.equals(r.getSegment().getName())).findFirst()
				.orElseThrow();
	}

	private static void assertRating(double importance, double satisfaction, double opportunity, int answers, Double actualImportance,
			Double actualSatisfaction, Double actualOpportunity, Integer actualAnswers) {
		assertEquals(importance, actualImportance, 1e-9, "importance");
		assertEquals(satisfaction, actualSatisfaction, 1e-9, "satisfaction");
		assertEquals(opportunity, actualOpportunity, 1e-9, "opportunity");
		assertEquals(answers, actualAnswers, "answers");
	}

	@Test
	void ratesTheOutcomesAsWorkedOutByHand() throws Exception {
		Path file = survey("survey.csv", SURVEY);
		CapturedRun imported = run("outcomes", "import", "cairnwood.outsidein", file.toString());
		assertEquals(0, imported.exitCode(), imported.err());
		assertEquals("Rated 2 outcomes from 10 respondents; created outcome " + SHADE + ".\n"
				+ "Columns not read: Respondent\n"
				+ "opportunity  importance  satisfaction  answers  outcome\n"
				+ "       11.0         7.0           3.0       10  " + ROPE + "  (fewer than 30 answers)\n"
				+ "       20.0        10.0           0.0        4    in Alpine climbers  (fewer than 30 answers)\n"
				+ "        5.0         5.0           7.5        4    in Family campers  (fewer than 30 answers)\n"
				+ "        5.6         5.6           5.6        9  " + SHADE + "  (fewer than 30 answers)\n"
				+ "        0.0         0.0          10.0        3    in Alpine climbers  (fewer than 30 answers)\n"
				+ "       20.0        10.0           0.0        4    in Family campers  (fewer than 30 answers)\n",
				imported.out().replace(System.lineSeparator(), "\n"));

		OutsideInModel loaded = ModelFiles.load(model);
		Outcome rope = outcome(loaded, ROPE);
		assertRating(7.0, 3.0, 11.0, 10, rope.getImportance(), rope.getSatisfaction(), rope.getOpportunity(), rope.getRespondents());
		SegmentRating climbers = in(rope, "Alpine climbers");
		assertRating(10.0, 0.0, 20.0, 4, climbers.getImportance(), climbers.getSatisfaction(), climbers.getOpportunity(),
				climbers.getRespondents());
		SegmentRating families = in(rope, "Family campers");
		assertRating(5.0, 7.5, 5.0, 4, families.getImportance(), families.getSatisfaction(), families.getOpportunity(),
				families.getRespondents());
		Outcome shade = outcome(loaded, SHADE);
		assertRating(5.6, 5.6, 5.6, 9, shade.getImportance(), shade.getSatisfaction(), shade.getOpportunity(), shade.getRespondents());
		assertEquals(2, shade.getSegmentRatings().size());
		Outcome untouched = outcome(loaded, "Stay dry through several days of rain");
		assertEquals(9.3, untouched.getImportance(), 1e-9, "an outcome the survey does not rate keeps its figures");
		assertEquals(null, untouched.getRespondents());
	}

	@Test
	void aSecondSurveyReplacesTheFiguresOfTheOutcomesItRates() throws Exception {
		run("outcomes", "import", "cairnwood.outsidein", survey("survey.csv", SURVEY).toString());
		String later = "Segment,Importance: " + SHADE + ",Satisfaction: " + SHADE + "\nFamily campers,5,5\n";
		CapturedRun again = run("outcomes", "import", "cairnwood.outsidein", survey("later.csv", later).toString());
		assertEquals(0, again.exitCode(), again.err());
		Outcome shade = outcome(ModelFiles.load(model), SHADE);
		assertRating(10.0, 10.0, 10.0, 1, shade.getImportance(), shade.getSatisfaction(), shade.getOpportunity(), shade.getRespondents());
		assertEquals(1, shade.getSegmentRatings().size(), "the segment ratings of the earlier survey are gone");
	}

	@Test
	void badRatingsAreReportedByRowAndColumnAndChangeNothing() throws Exception {
		byte[] before = Files.readAllBytes(model);
		String bad = SURVEY.replace("r3;Alpine climbers;4;3;3;5", "r3;Alpine climbers;7;3;four;5").replace("r9;;4;1", "r9;;4.5;1");
		CapturedRun imported = run("outcomes", "import", "cairnwood.outsidein", survey("bad.csv", bad).toString());
		assertEquals(1, imported.exitCode(), imported.out());
		String err = imported.err().replace(System.lineSeparator(), "\n");
		Path file = folder.resolve("bad.csv");
		assertTrue(err.contains(file + ": row 4, column '" + ROPE + " - importance': '7' is not a rating; expected a whole"
				+ " number from 1 to 5, or an empty cell when not answered"), err);
		assertTrue(err.contains(file + ": row 4, column 'Importance: " + SHADE + "': 'four' is not a rating"), err);
		assertTrue(err.contains(file + ": row 10, column '" + ROPE + " - importance': '4.5' is not a rating"), err);
		assertTrue(err.endsWith("nothing imported; cairnwood.outsidein is unchanged\n"), err);
		assertArrayEquals(before, Files.readAllBytes(model));

		CapturedRun unpaired = run("outcomes", "import", "cairnwood.outsidein",
				survey("unpaired.csv", "Segment;" + ROPE + " (importance)\nAlpine climbers;5\n").toString());
		assertEquals(1, unpaired.exitCode());
		assertTrue(unpaired.err().contains("the outcome '" + ROPE + "' has no satisfaction column"), unpaired.err());
		CapturedRun none = run("outcomes", "import", "cairnwood.outsidein", survey("none.csv", "Name;Age\nAda;40\n").toString());
		assertEquals(1, none.exitCode());
		assertTrue(none.err().contains("no column rates an outcome"), none.err());
		assertArrayEquals(before, Files.readAllBytes(model));
	}
}
