package org.outsidein.ui.editor.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.core.metrics.Assessments;
import org.outsidein.model.Activity;
import org.outsidein.model.Answer;
import org.outsidein.model.AssessmentCategory;
import org.outsidein.model.Customer;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.model.util.Days;
import org.outsidein.tests.support.ModelShape;
import org.outsidein.tests.support.Models;
import org.outsidein.ui.editor.ModelEditor;
import org.outsidein.ui.markers.ModelMarkers;
import org.outsidein.ui.workbench.TestProject;
import org.outsidein.ui.workbench.Ui;

/** The form pages, driven through their own buttons, fields and grid cells on a real display. */
class FormPagesTest {

	private TestProject project;
	private ModelEditor editor;

	@BeforeEach
	void open() throws Exception {
		project = TestProject.named("Pages test");
		editor = TestProject.open(project.add(ModelShape.ONE_ASSESSMENT));
	}

	@AfterEach
	void close() throws Exception {
		project.close();
	}

	@Test
	void aCustomerIsAddedNamedAndGivenARoleThroughThePage() throws Exception {
		editor.setActivePage(CustomersPage.ID);
		Ui.settle();
		OutsideInModel model = editor.edited().model();
		int before = model.getCustomers().size();
		click("Add customer");
		assertEquals(before + 1, model.getCustomers().size());
		Customer added = model.getCustomers().get(before);
		Text name = (Text) Ui.find(control(), c -> c instanceof Text text && text.getText().equals("New customer"));
		name.setText("Bea Holm");
		name.notifyListeners(SWT.DefaultSelection, new Event());
		assertEquals("Bea Holm", added.getName());
		click("Add role");
		assertEquals(1, added.getRoles().size());
		assertEquals(MethodologyLibrary.LEAD_CUSTOMERS, added.getRoles().get(0).getRole().getId(), "the first role offered");
		Ui.screenshot("page-customers-editing");

		Ui.command(IWorkbenchCommandConstants.EDIT_UNDO);
		assertTrue(added.getRoles().isEmpty());
		Ui.command(IWorkbenchCommandConstants.EDIT_UNDO);
		assertEquals("New customer", added.getName());
		Ui.command(IWorkbenchCommandConstants.EDIT_UNDO);
		assertEquals(before, model.getCustomers().size(), "three commands, three undos");
		Ui.command(IWorkbenchCommandConstants.EDIT_REDO);
		assertEquals(before + 1, model.getCustomers().size());
	}

	@Test
	void answersAreEditedInTheGridAndANewAssessmentStartsFromTheLast() throws Exception {
		editor.setActivePage(AssessmentPage.ID);
		Ui.settle();
		AssessmentPage page = (AssessmentPage) editor.getActivePageInstance();
		OutsideInModel model = editor.edited().model();
		Activity unanswered = Models.role(model, MethodologyLibrary.GUIDES).getActivities().get(1);
		assertNull(answerTo(page, unanswered));
		page.cell(OutsideInPackage.Literals.ANSWER__CATEGORY).setValue(unanswered, AssessmentCategory.WE_WILL);
		Ui.settle();
		Answer answer = answerTo(page, unanswered);
		assertNotNull(answer, "answering an activity creates its answer");
		assertEquals(AssessmentCategory.WE_WILL, answer.getCategory());
		page.cell(OutsideInPackage.Literals.NEXT_STEP__DEADLINE).setValue(unanswered, Days.date(LocalDate.of(2027, 1, 31)));
		Ui.settle();
		assertEquals("2027-01-31", Days.text(answer.getNextStep().getDeadline()), "and its next step, when needed");
		Ui.screenshot("page-assessment-editing");

		Ui.command(IWorkbenchCommandConstants.FILE_SAVE);
		IFile file = (IFile) editor.getEditorInput().getAdapter(IFile.class);
		IMarker marker = Arrays.stream(file.findMarkers(ModelMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.filter(m -> "outsidein.we-will-plan".equals(m.getAttribute(ModelMarkers.RULE, "")))
				.filter(m -> answer.getId().equals(m.getAttribute(ModelMarkers.ELEMENT, ""))).findFirst().orElseThrow();
		editor.setActivePage(CustomersPage.ID);
		IDE.gotoMarker(editor, marker);
		Ui.settle();
		assertEquals(AssessmentPage.ID, editor.getActivePageInstance().getId(), "the marker leads to the grid");
		assertEquals(answer, ((IStructuredSelection) editor.selection().getSelection()).getFirstElement());

		int assessments = model.getAssessments().size();
		click("Start a new assessment from this one");
		assertEquals(assessments + 1, model.getAssessments().size());
		assertEquals(LocalDate.now(), Days.of(Assessments.latest(model).getDate()));
		assertEquals(page.shown(), Assessments.latest(model), "the grid shows the new assessment");
		assertFalse(page.shown().getAnswers().isEmpty(), "it starts from the answers of the last");
		assertTrue(page.shown().getAnswers().stream().noneMatch(a -> a.getId().equals(answer.getId())), "with ids of its own");
	}

	@Test
	void theGridIsReachedAndEditedFromTheKeyboard() throws Exception {
		editor.setActivePage(AssessmentPage.ID);
		Ui.settle();
		Tree grid = (Tree) Ui.find(control(), c -> c instanceof Tree);
		TreeItem first = grid.getItem(0).getItem(0);
		grid.setFocus();
		grid.setSelection(first);
		Event selected = new Event();
		selected.item = first;
		grid.notifyListeners(SWT.Selection, selected);
		Ui.settle();
		assertTrue(editingControls(grid).isEmpty(), "nothing is being edited yet");
		key(grid, SWT.ARROW_RIGHT);
		key(grid, SWT.F2);
		List<Control> editing = editingControls(grid);
		assertFalse(editing.isEmpty(), "F2 edits the focused cell, the answer next to the activity");
		Ui.screenshot("page-assessment-keyboard");
	}

	private static List<Control> editingControls(Tree grid) {
		return Arrays.stream(grid.getChildren()).filter(Control::isVisible).toList();
	}

	private static void key(Control control, int keyCode) {
		Event key = new Event();
		key.keyCode = keyCode;
		control.notifyListeners(SWT.KeyDown, key);
		Ui.settle();
	}

	private static Answer answerTo(AssessmentPage page, Activity activity) {
		return page.shown().getAnswers().stream().filter(a -> a.getActivity() == activity).findFirst().orElse(null);
	}

	private Composite control() {
		return (Composite) editor.getActivePageInstance().getPartControl();
	}

	private void click(String text) {
		Button button = (Button) Ui.find(control(), c -> c instanceof Button b && text.equals(b.getText()));
		button.notifyListeners(SWT.Selection, new Event());
		Ui.settle();
	}
}
