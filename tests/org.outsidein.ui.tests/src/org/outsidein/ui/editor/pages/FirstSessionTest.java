package org.outsidein.ui.editor.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outsidein.model.Activity;
import org.outsidein.model.Answer;
import org.outsidein.model.AssessmentCategory;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.ui.editor.ModelEditor;
import org.outsidein.ui.markers.ModelMarkers;
import org.outsidein.ui.markers.ProblemDecorations;
import org.outsidein.ui.reports.ReportBrowser;
import org.outsidein.ui.reports.ReportWizard;
import org.outsidein.ui.workbench.ModellingPerspective;
import org.outsidein.ui.workbench.SampleProject;
import org.outsidein.ui.workbench.Ui;
import org.outsidein.ui.workbench.WelcomeView;

/**
 * What a new user does first, through the workbench's own links, cells and commands: create the sample project
 * from the welcome, change one answer of its assessment, see the problem and the changed maturity on the
 * Overview and in the report, undo, and see both as they were.
 */
class FirstSessionTest {

	private static final Pattern SCORE = Pattern.compile("(\\d+) of 100");

	@AfterEach
	void close() throws Exception {
		Ui.page().closeAllEditors(false);
		Ui.settle();
		IProject sample = ResourcesPlugin.getWorkspace().getRoot().getProject(SampleProject.PROJECT);
		if (sample.exists()) {
			sample.delete(true, true, null);
		}
	}

	@Test
	void theSampleIsCreatedChangedReportedAndTheChangeUndone() throws Exception {
		PlatformUI.getWorkbench().showPerspective(ModellingPerspective.ID,
				PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		IViewPart welcome = Ui.page().showView(WelcomeView.ID);
		Ui.settle();
		Hyperlink create = (Hyperlink) Ui.find(welcome.getViewSite().getShell(),
				c -> c instanceof Hyperlink link && link.getText().equals("Create a sample project"));
		assertNotNull(create, "the welcome offers the sample");
		pressEnter(create);
		assertTrue(Ui.waitFor(() -> Ui.page().getActiveEditor() instanceof ModelEditor), "the sample opens");
		ModelEditor editor = (ModelEditor) Ui.page().getActiveEditor();
		IFile file = editor.getEditorInput().getAdapter(IFile.class);
		assertEquals(SampleProject.PROJECT, file.getProject().getName());

		String maturityBefore = maturityOnOverview(editor);
		String reportBefore = maturityInReport(editor, score(maturityBefore));
		assertEquals(score(maturityBefore), score(reportBefore), "the Overview and the report agree");

		Ui.page().activate(editor);
		editor.setActivePage(AssessmentPage.ID);
		Ui.settle();
		AssessmentPage grid = (AssessmentPage) editor.getActivePageInstance();
		Ui.command("org.outsidein.ui.commands.checkModel");
		// an answer in place and with nothing to say about it (no overdue next step, say)
		Answer answer = grid.shown().getAnswers().stream()
				.filter(a -> a.getCategory() == AssessmentCategory.WE_CAN && a.getPlan() == null)
				.filter(a -> rowOf(grid, a.getActivity()).getImage() == null).findFirst().orElseThrow();
		Activity activity = answer.getActivity();
		grid.cell(OutsideInPackage.Literals.ANSWER__CATEGORY).setValue(activity, AssessmentCategory.WE_WILL);
		Ui.settle();
		assertEquals(AssessmentCategory.WE_WILL, answer.getCategory());
		Ui.command(IWorkbenchCommandConstants.FILE_SAVE);
		assertEquals(1, weWillWithoutPlan(file, answer).size(), "saving checks the model: a We Will needs a plan");
		Ui.settle();
		TreeItem row = rowOf(grid, activity);
		assertEquals(ProblemDecorations.icon(IMarker.SEVERITY_WARNING), row.getImage(), "the grid marks the answer");
		Ui.page().showView(IPageLayout.ID_PROBLEM_VIEW);
		Ui.pause(1500);
		Ui.screenshot("first-session-problem");

		String maturityChanged = maturityOnOverview(editor);
		assertNotEquals(maturityBefore, maturityChanged, "a capability only planned scores less than one in place");
		String reportChanged = maturityInReport(editor, score(maturityChanged));
		assertEquals(score(maturityChanged), score(reportChanged), "the report is of the changed model");
		assertNotEquals(score(reportBefore), score(reportChanged));
		Ui.screenshot("first-session-report");

		Ui.page().activate(editor);
		Ui.command(IWorkbenchCommandConstants.EDIT_UNDO);
		assertEquals(AssessmentCategory.WE_CAN, answer.getCategory());
		Ui.command(IWorkbenchCommandConstants.FILE_SAVE);
		assertTrue(weWillWithoutPlan(file, answer).isEmpty(), "the problem goes with the change");
		Ui.settle();
		assertEquals(null, rowOf(grid, activity).getImage(), "and so does its mark");
		assertEquals(maturityBefore, maturityOnOverview(editor));
		assertEquals(score(reportBefore), score(maturityInReport(editor, score(reportBefore))), "and the report is as it was");
	}

	private static String maturityOnOverview(ModelEditor editor) {
		editor.setActivePage(OverviewPage.ID);
		Ui.settle();
		Label level = (Label) Ui.find((Composite) editor.getActivePageInstance().getPartControl(),
				c -> c instanceof Label label && label.getText().startsWith("Level "));
		assertNotNull(level, "the Overview shows a maturity level");
		return level.getText();
	}

	/**
	 * Generates the HTML report from the wizard and reads its level line in the workbench's browser, waiting for the
	 * page to show the score expected (a browser still showing the last report never does).
	 */
	private static String maturityInReport(ModelEditor editor, String expectedScore) throws Exception {
		Ui.page().activate(editor);
		ReportWizard wizard = new ReportWizard(editor);
		WizardDialog dialog = new WizardDialog(editor.getSite().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		assertTrue(wizard.performFinish());
		dialog.close();
		assertTrue(Ui.waitFor(() -> wizard.job().getResult() != null), "the report job ends");
		assertTrue(wizard.job().getResult().isOK(), wizard.job().getResult().toString());
		assertTrue(Ui.waitFor(() -> Ui.page().getActiveEditor() instanceof ReportBrowser), "the report is shown");
		ReportBrowser browser = (ReportBrowser) Ui.page().getActiveEditor();
		String[] level = new String[1];
		Ui.waitFor(() -> {
			Object text = browser.browser()
					.evaluate("var level = document.querySelector('.level'); return level ? level.textContent : null");
			level[0] = text == null ? null : text.toString();
			return level[0] != null && expectedScore.equals(score(level[0]));
		});
		assertNotNull(level[0], "the report page loads");
		return level[0];
	}

	private static TreeItem rowOf(AssessmentPage grid, Activity activity) {
		Tree tree = (Tree) Ui.find((Composite) grid.getPartControl(), control -> control instanceof Tree);
		for (TreeItem area : tree.getItems()) {
			for (TreeItem row : area.getItems()) {
				if (row.getData() == activity) {
					return row;
				}
			}
		}
		throw new AssertionError("no row for " + activity.getName());
	}

	private static String score(String text) {
		Matcher matcher = SCORE.matcher(text);
		return matcher.find() ? matcher.group(1) : "no score in: " + text;
	}

	private static List<IMarker> weWillWithoutPlan(IFile file, Answer answer) throws Exception {
		return Arrays.stream(file.findMarkers(ModelMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.filter(m -> "outsidein.we-will-plan".equals(m.getAttribute(ModelMarkers.RULE, "")))
				.filter(m -> answer.getId().equals(m.getAttribute(ModelMarkers.ELEMENT, ""))).toList();
	}

	private static void pressEnter(Control control) {
		Event enter = new Event();
		enter.character = SWT.CR;
		enter.keyCode = SWT.CR;
		control.notifyListeners(SWT.KeyDown, enter);
		Ui.settle();
	}
}
