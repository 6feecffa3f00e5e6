package org.outsidein.ui.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.model.Assessment;
import org.outsidein.model.AssessmentCategory;
import org.outsidein.model.Outcome;
import org.outsidein.model.OutsideInModel;
import org.outsidein.tests.support.ModelShape;
import org.outsidein.ui.editor.ModelEditor;
import org.outsidein.ui.workbench.TestProject;
import org.outsidein.ui.workbench.Ui;

/**
 * The consultant's round in the workbench: File > Export writes the questionnaire, File > Import reads the answers
 * sent back (one command on the open model) and an outcome survey (into a model not open, saved).
 */
class SurveyWizardsTest {

	private TestProject project;
	private IFile file;

	@BeforeEach
	void open() throws Exception {
		project = TestProject.named("Survey test");
		file = project.add(ModelShape.ONE_ASSESSMENT);
	}

	@AfterEach
	void close() throws Exception {
		project.close();
	}

	@Test
	void aQuestionnaireWrittenAndItsAnswersImportedAsOneUndoableAssessment() throws Exception {
		QuestionnaireExportWizard export = new QuestionnaireExportWizard();
		export.init(PlatformUI.getWorkbench(), new StructuredSelection(file));
		WizardDialog dialog = Ui.openWizard(export);
		((ExportPage) export.getPage("export")).fill(file, project.location().resolve("send"));
		assertTrue(export.performFinish());
		dialog.close();
		String page = Files.readString(export.written().get(0), StandardCharsets.UTF_8);
		assertTrue(page.contains("data-activity=\""), "the questionnaire lists the activities");

		ModelEditor editor = TestProject.open(file);
		OutsideInModel model = editor.edited().model();
		List<String> activities = new ArrayList<>();
		MethodologyLibrary.stepsOf(model).get(0).getActivities()
				.forEach(activity -> activities.add(EcoreUtil.getURI(activity).toString()));
		List<Path> answers = List.of(answers(model, "Ada", activities, "We Can", "We Will"),
				answers(model, "Ben", activities, "We Can", "We Should"), answers(model, "Cy", activities, "We Will", "We Will"));
		int before = model.getAssessments().size();

		AnswersImportWizard wizard = new AnswersImportWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(file));
		dialog = Ui.openWizard(wizard);
		AnswersImportPage importPage = (AnswersImportPage) wizard.getPage("answers");
		importPage.fill(file, answers, "Leadership survey", LocalDate.of(2026, 12, 1));
		assertTrue(wizard.canFinish(), String.valueOf(importPage.getErrorMessage()));
		Ui.screenshot("answers-import-wizard");
		Ui.answerNextDialog(AnswersImportWizard.TITLE, "OK");
		assertTrue(wizard.performFinish());
		dialog.close();

		assertEquals(before + 1, model.getAssessments().size());
		Assessment survey = model.getAssessments().get(before);
		assertEquals(3, survey.getResponses().size());
		assertEquals(AssessmentCategory.WE_CAN, survey.getAnswers().get(0).getCategory(), "two of three say We Can");
		assertEquals(AssessmentCategory.WE_WILL, survey.getAnswers().get(1).getCategory(), "two of three say We Will");
		assertTrue(editor.isDirty());
		Ui.page().activate(editor);
		Ui.command(IWorkbenchCommandConstants.EDIT_UNDO);
		assertEquals(before, model.getAssessments().size(), "one Undo takes the assessment back");
	}

	@Test
	void anOutcomeSurveyRatesTheOutcomesOfAModelNotOpen() throws Exception {
		Path survey = Files.writeString(project.location().resolve("survey.csv"),
				"segment,Faster setup - importance,Faster setup - satisfaction\nPros,5,2\nPros,4,3\nHobbyists,2,5\n",
				StandardCharsets.UTF_8);
		SurveyImportWizard wizard = new SurveyImportWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(file));
		WizardDialog dialog = Ui.openWizard(wizard);
		((SurveyImportPage) wizard.getPage("survey")).fill(file, survey);
		Ui.answerNextDialog(SurveyImportWizard.TITLE, "OK");
		assertTrue(wizard.performFinish());
		dialog.close();
		OutsideInModel saved = ModelFiles.load(file.getLocation().toFile().toPath());
		Outcome setup = saved.getOutcomes().stream().filter(o -> "Faster setup".equals(o.getName())).findFirst().orElseThrow();
		// two of three rate its importance 4 or 5, one of three its satisfaction
		assertEquals(6.7, setup.getImportance(), 1e-9);
		assertEquals(3.3, setup.getSatisfaction(), 1e-9);
		assertEquals(3, setup.getRespondents());
		assertEquals(2, setup.getSegmentRatings().size());
	}

	private Path answers(OutsideInModel model, String name, List<String> activities, String... choices) throws Exception {
		StringBuilder given = new StringBuilder();
		for (int i = 0; i < choices.length; i++) {
			given.append(i == 0 ? "" : ",\n").append("    { \"activity\": \"").append(activities.get(i)).append("\", \"answer\": \"")
					.append(choices[i]).append("\" }");
		}
		String text = "{\n  \"format\": \"outsidein-answers\",\n  \"version\": 1,\n  \"questionnaire\": { \"model\": \""
				+ model.getId() + "\" },\n  \"respondent\": { \"name\": \"" + name + "\", \"department\": \"\" },\n"
				+ "  \"answered\": \"2026-11-30\",\n  \"answers\": [\n" + given + "\n  ]\n}\n";
		return Files.writeString(project.location().resolve("answers-" + name + ".json"), text, StandardCharsets.UTF_8);
	}

}
