package org.outsidein.interchange.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.cli.internal.CapturedRun;
import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.core.metrics.Consensus;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.model.Activity;
import org.outsidein.model.Answer;
import org.outsidein.model.Assessment;
import org.outsidein.model.AssessmentCategory;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.Response;
import org.outsidein.model.util.Days;
import org.outsidein.tests.support.Examples;

/**
 * {@code outsidein answers import} on the example: three respondents' answers files, written as the questionnaire
 * page writes them, become one assessment whose answers are their consensus; bad files change nothing.
 */
class AnswersCommandTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	@TempDir
	Path folder;

	private Path model;
	private String modelId;
	private List<String> activities;

	@BeforeEach
	void copyTheExample() throws Exception {
		model = Files.copy(Examples.cairnwood(), folder.resolve("cairnwood.outsidein"), StandardCopyOption.REPLACE_EXISTING);
		OutsideInModel loaded = ModelFiles.load(model);
		modelId = loaded.getId();
		activities = new ArrayList<>();
		MethodologyLibrary.stepsOf(loaded).forEach(step -> step.getActivities()
				.forEach(activity -> activities.add(EcoreUtil.getURI(activity).toString())));
	}

	private CapturedRun run(String... args) {
		return CapturedRun.run(folder, TODAY, args);
	}

	/** One answer of a file, as the page writes it: every field present, empty when nothing was typed. */
	private String answer(int activity, String choice, String plan, String budget, String owner) {
		return "    {\n      \"activity\": \"" + activities.get(activity) + "\",\n      \"answer\": \"" + choice + "\",\n"
				+ "      \"plan\": \"" + plan + "\", \"budget\": \"" + budget + "\", \"deliveryDate\": \"\",\n"
				+ "      \"nextStep\": \"" + (owner.isEmpty() ? "" : "Brief the board") + "\", \"owner\": \"" + owner
				+ "\", \"deadline\": \"" + (owner.isEmpty() ? "" : "2027-03-01") + "\"\n    }";
	}

	private Path answersFile(String file, String model, String name, String department, String... answers)
			throws Exception {
		String text = "{\n  \"format\": \"outsidein-answers\",\n  \"version\": 1,\n"
				+ "  \"questionnaire\": { \"model\": \"" + model + "\", \"modelName\": \"Cairnwood Outdoor\", \"written\": \"2026-11-20\" },\n"
				+ "  \"respondent\": { \"name\": \"" + name + "\", \"department\": \"" + department + "\" },\n"
				+ "  \"answered\": \"2026-11-24\",\n  \"answers\": [\n" + String.join(",\n", answers) + "\n  ]\n}\n";
		return Files.writeString(folder.resolve(file), text, StandardCharsets.UTF_8);
	}

	/** Three respondents: on activity 0 two say We Can, on 1 two say We Will, on 2 nobody is sure, on 3 a tie. */
	private List<Path> threeRespondents() throws Exception {
		Path design = answersFile("answers-elif.json", modelId, "Elif Jung", "Product Design",
				answer(0, "We Can", "", "", ""), answer(1, "We Will", "Pilot with the repair café", "12000.50", "Maren Ulrich"),
				answer(2, "We Should", "", "", ""), answer(3, "We Can", "", "", ""));
		Path engineering = answersFile("answers-lukas.json", modelId, "Lukas Castell", "Engineering",
				answer(0, "We Can", "", "", ""), answer(1, "We Should", "", "", ""), answer(2, "Don't know", "", "", ""),
				answer(3, "We Will", "Second plan", "", "Someone Outside"));
		Path board = answersFile("answers-board.json", modelId, "Ines Brenner", "The Board",
				answer(0, "We Will", "", "", ""), answer(1, "We Will", "", "", ""), answer(2, "We Should", "", "", ""));
		return List.of(design, engineering, board);
	}

	private Activity activity(OutsideInModel loaded, int index) {
		return (Activity) loaded.eResource().getResourceSet().getEObject(org.eclipse.emf.common.util.URI.createURI(
				activities.get(index)), true);
	}

	private static Answer answerOn(Assessment assessment, Activity activity) {
		return assessment.getAnswers().stream().filter(a -> a.getActivity() == activity).findFirst().orElse(null);
	}

	@Test
	void makesOneAssessmentWhoseAnswersAreTheRespondentsConsensus() throws Exception {
		List<Path> files = threeRespondents();
		OutsideInModel loaded0 = ModelFiles.load(model);
		CapturedRun imported = run("answers", "import", "cairnwood.outsidein", files.get(0).toString(), files.get(1).toString(),
				files.get(2).toString(), "--name", "Leadership survey", "--date", "2026-11-30");
		assertEquals(0, imported.exitCode(), imported.err());
		assertTrue(imported.out().startsWith("added assessment 'Leadership survey' (2026-11-30) from 3 respondents: "
				+ "4 activities with a consensus\n"
				+ "   50 % disagree on " + name(loaded0, 3) + " (consensus We Will)\n"
				+ "   33 % disagree on " + name(loaded0, 0) + " (consensus We Can)\n"
				+ "   33 % disagree on " + name(loaded0, 1) + " (consensus We Will)\n"), imported.out());

		OutsideInModel loaded = ModelFiles.load(model);
		assertEquals(3, loaded.getAssessments().size());
		Assessment survey = loaded.getAssessments().get(2);
		assertEquals("Leadership survey", survey.getName());
		assertEquals(LocalDate.of(2026, 11, 30), Days.of(survey.getDate()));
		assertEquals(List.of("Elif Jung", "Lukas Castell", "Ines Brenner"),
				survey.getResponses().stream().map(Response::getRespondent).toList());
		Response elif = survey.getResponses().get(0);
		assertEquals("Product Design", elif.getDepartment().getName());
		assertEquals("answers-elif.json", elif.getSource());
		Response board = survey.getResponses().get(2);
		assertNull(board.getDepartment());
		assertEquals("The Board", board.getDepartmentName());

		Answer first = answerOn(survey, activity(loaded, 0));
		assertEquals(AssessmentCategory.WE_CAN, first.getCategory());
		Answer second = answerOn(survey, activity(loaded, 1));
		assertEquals(AssessmentCategory.WE_WILL, second.getCategory());
		assertEquals("Pilot with the repair café", second.getPlan());
		assertEquals(new BigDecimal("12000.50"), second.getBudget());
		assertEquals("Maren Ulrich", second.getNextStep().getResponsible().getName(), "an owner who is an employee");
		assertEquals("Brief the board", second.getNextStep().getAction());
		assertEquals(AssessmentCategory.WE_SHOULD, answerOn(survey, activity(loaded, 2)).getCategory(),
				"Don't know is no vote");
		Answer tie = answerOn(survey, activity(loaded, 3));
		assertEquals(AssessmentCategory.WE_WILL, tie.getCategory(), "a tie goes to the more cautious answer");
		assertNull(tie.getNextStep().getResponsible());
		assertEquals("Brief the board (owner: Someone Outside)", tie.getNextStep().getAction(),
				"an owner the model does not list is kept in the step's words");

		List<Consensus> consensus = Consensus.of(survey);
		assertEquals(4, consensus.size());
		assertEquals(1 / 3.0, consensus.get(0).disagreement(), 1e-9);
		assertEquals(1 / 3.0, consensus.get(1).disagreement(), 1e-9);
		assertEquals(0, consensus.get(2).disagreement(), 1e-9);
		assertEquals(2, consensus.get(2).definite());
		assertEquals(0.5, consensus.get(3).disagreement(), 1e-9);
	}

	private String name(OutsideInModel loaded, int index) {
		return org.outsidein.core.labels.ElementLabels.name(activity(loaded, index));
	}

	@Test
	void aDryRunSaysWhatItWouldAddAndWritesNothing() throws Exception {
		List<Path> files = threeRespondents();
		byte[] before = Files.readAllBytes(model);
		CapturedRun dry = run("answers", "import", "cairnwood.outsidein", files.get(0).toString(), "--dry-run");
		assertEquals(0, dry.exitCode(), dry.err());
		assertTrue(dry.out().startsWith("would add assessment 'Questionnaire 2026-11-25' (2026-11-25) from 1 respondent:"),
				dry.out());
		assertArrayEquals(before, Files.readAllBytes(model));
	}

	@Test
	void badFilesAreReportedByFileAndLineAndChangeNothing() throws Exception {
		List<Path> good = threeRespondents();
		Path otherModel = answersFile("answers-other.json", "_someOtherModel", "Ada", "", answer(0, "We Can", "", "", ""));
		Path unknownActivity = answersFile("answers-unknown.json", modelId, "Ken", "",
				answer(0, "We Can", "", "", ""), answer(1, "We Can", "", "", "").replace(activities.get(1),
						"platform:/plugin/org.outsidein.core/library/outside-innovation.outsidein#no-such-activity"));
		Path badWord = answersFile("answers-word.json", modelId, "Ida", "", answer(0, "Maybe", "", "", ""));
		Path badBudget = answersFile("answers-budget.json", modelId, "Ole", "", answer(0, "We Will", "", "lots", ""));
		Path notJson = Files.writeString(folder.resolve("answers-broken.json"),
				"{\n  \"format\": \"outsidein-answers\",\n  \"version\": 1,\n  \"answers\": [ { \"activity\": }\n", StandardCharsets.UTF_8);
		byte[] before = Files.readAllBytes(model);

		CapturedRun imported = run("answers", "import", "cairnwood.outsidein", good.get(0).toString(), otherModel.toString(),
				unknownActivity.toString(), badWord.toString(), badBudget.toString(), notJson.toString());
		assertEquals(1, imported.exitCode(), imported.out());
		String err = imported.err().replace(System.lineSeparator(), "\n");
		assertTrue(err.contains(otherModel + ":1: answers the questionnaire of another model ('_someOtherModel'); expected"
				+ " this model's ('" + modelId + "')"), err);
		assertTrue(err.contains(unknownActivity + ":14: '"
				+ "platform:/plugin/org.outsidein.core/library/outside-innovation.outsidein#no-such-activity' is not an"
				+ " activity of the model's methodology"), err);
		assertTrue(err.contains(badWord + ":8: 'Maybe' is not an answer; expected one of We Can, We Will, We Should,"
				+ " Don't know"), err);
		assertTrue(err.contains(badBudget + ":8: 'lots' is not a budget"), err);
		assertTrue(err.contains(notJson + ":4: this is not JSON"), err);
		assertTrue(err.endsWith("nothing imported; cairnwood.outsidein is unchanged\n"), err);
		assertArrayEquals(before, Files.readAllBytes(model), "the model file is byte for byte as it was");
	}
}
