package org.outsidein.ui.editor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.edit.ui.ElementDragAndDrop;
import org.outsidein.edit.ui.ItemPropertySourceProvider;
import org.outsidein.model.Answer;
import org.outsidein.model.Assessment;
import org.outsidein.model.AssessmentCategory;
import org.outsidein.model.Customer;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.Outcome;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.model.RoleAssignment;
import org.outsidein.model.util.Days;
import org.outsidein.tests.support.ModelShape;
import org.outsidein.tests.support.Models;
import org.outsidein.ui.markers.ModelMarkers;
import org.outsidein.ui.workbench.TestProject;
import org.outsidein.ui.workbench.Ui;

/**
 * The model editor in the real workbench: edits as commands on one stack, Undo and Redo from the Edit menu's
 * commands, atomic Save, the model checks as problem markers that lead to their element.
 */
class ModelEditorTest {

	private TestProject project;

	@BeforeEach
	void project() throws Exception {
		project = TestProject.named("Editor test");
	}

	@AfterEach
	void cleanUp() throws Exception {
		project.close();
	}

	@Test
	void everyEditIsOneCommandUndoneAndRedoneFromTheEditMenuAndSaved() throws Exception {
		IFile file = project.add(ModelShape.FRESH);
		ModelEditor editor = TestProject.open(file);
		OutsideInModel model = editor.edited().model();
		Customer customer = Models.MAKE.createCustomer();
		customer.setName("New customer");
		execute(editor, AddCommand.create(editor.getEditingDomain(), model,
				OutsideInPackage.Literals.OUTSIDE_IN_MODEL__CUSTOMERS, customer));
		RoleAssignment guide = Models.MAKE.createRoleAssignment();
		guide.setRole(Models.role(model, MethodologyLibrary.GUIDES));
		execute(editor, AddCommand.create(editor.getEditingDomain(), customer, OutsideInPackage.Literals.CUSTOMER__ROLES,
				guide));
		rename(editor, customer, "Ada Berg");
		assertEquals("Ada Berg", customer.getName());
		assertTrue(editor.isDirty());

		Ui.command(IWorkbenchCommandConstants.EDIT_UNDO);
		assertEquals("New customer", customer.getName(), "the Properties view's edit is undone first");
		Ui.command(IWorkbenchCommandConstants.EDIT_UNDO);
		assertTrue(customer.getRoles().isEmpty(), "then the role");
		Ui.command(IWorkbenchCommandConstants.EDIT_REDO);
		Ui.command(IWorkbenchCommandConstants.EDIT_REDO);
		assertEquals("Ada Berg", customer.getName());
		assertEquals(1, customer.getRoles().size());
		Ui.screenshot("editor-model-page");

		Ui.command(IWorkbenchCommandConstants.FILE_SAVE);
		assertFalse(editor.isDirty());
		assertTrue(Files.exists(ModelFiles.backupOf(file.getLocation().toPath())), "the previous version is kept");
		Ui.page().closeEditor(editor, false);

		ModelEditor reopened = TestProject.open(file);
		Customer again = reopened.edited().model().getCustomers().get(0);
		assertEquals("Ada Berg", again.getName());
		assertEquals("Guides", again.getRoles().get(0).getRole().getName());
		assertFalse(reopened.isDirty());
	}

	@Test
	void aWeWillWithoutPlanIsAProblemMarkerThatLeadsToTheAnswer() throws Exception {
		IFile file = project.add(ModelShape.FRESH);
		ModelEditor editor = TestProject.open(file);
		OutsideInModel model = editor.edited().model();
		Assessment assessment = Models.MAKE.createAssessment();
		assessment.setName("Now");
		assessment.setDate(Days.date(LocalDate.now()));
		Answer answer = Models.answer(assessment, Models.role(model, MethodologyLibrary.GUIDES).getActivities().get(0),
				AssessmentCategory.WE_WILL);
		execute(editor, AddCommand.create(editor.getEditingDomain(), model,
				OutsideInPackage.Literals.OUTSIDE_IN_MODEL__ASSESSMENTS, assessment));
		Ui.command(IWorkbenchCommandConstants.FILE_SAVE);

		IMarker[] markers = file.findMarkers(ModelMarkers.TYPE, false, IResource.DEPTH_ZERO);
		List<IMarker> weWill = Arrays.stream(markers)
				.filter(m -> "outsidein.we-will-plan".equals(m.getAttribute(ModelMarkers.RULE, ""))).toList();
		assertEquals(1, weWill.size(), Arrays.toString(markers));
		IMarker marker = weWill.get(0);
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("has no plan, no budget, no delivery date"),
				marker.getAttribute(IMarker.MESSAGE, ""));
		assertEquals(IMarker.SEVERITY_WARNING, marker.getAttribute(IMarker.SEVERITY, -1));
		Ui.page().showView(IPageLayout.ID_PROBLEM_VIEW);
		Ui.pause(1500);
		Ui.screenshot("problems-view");

		Ui.page().activate(editor);
		IDE.gotoMarker(editor, marker);
		Ui.settle();
		IStructuredSelection selected = (IStructuredSelection) editor.selection().getSelection();
		assertEquals(answer, selected.getFirstElement(), "opening the marker selects the answer");
	}

	@Test
	void everyPageOfTheExampleShows() throws Exception {
		IFile file = project.add(ModelShape.TWO_ASSESSMENTS);
		ModelEditor editor = TestProject.open(file);
		for (String page : List.of("overview", "customers", "outcomes", "ecosystem", "organisation", "assessment", "model")) {
			editor.setActivePage(page);
			Ui.settle();
			assertEquals(page, editor.getActivePageInstance().getId());
			Ui.screenshot("page-" + page);
		}
		assertFalse(editor.isDirty(), "looking changes nothing");
	}

	@Test
	void aFileThatCannotBeReadIsRefusedAndLeftAsItWas() throws Exception {
		IFile file = project.add(ModelShape.ONE_ASSESSMENT);
		Path path = file.getLocation().toPath();
		byte[] whole = Files.readAllBytes(path);
		byte[] half = Arrays.copyOf(whole, whole.length / 2);
		Files.write(path, half);
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		IEditorPart part = IDE.openEditor(Ui.page(), file, ModelEditor.ID);
		Ui.settle();
		assertFalse(part instanceof ModelEditor, "no editor on a broken model");
		assertArrayEquals(half, Files.readAllBytes(path), "the file is not touched");
		assertFalse(Files.exists(ModelFiles.backupOf(path)));
	}

	@Test
	void aFileChangedOnDiskIsOfferedForReloadWhenTheEditorComesBack() throws Exception {
		IFile file = project.add(ModelShape.ONE_ASSESSMENT);
		ModelEditor editor = TestProject.open(file);
		String before = editor.edited().model().getName();
		Ui.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
		Path path = file.getLocation().toPath();
		String text = Files.readString(path);
		assertTrue(text.contains("name=\"" + before + "\""), "the model's name is the first in the file");
		Files.writeString(path, text.replaceFirst("name=\"[^\"]*\"", "name=\"Renamed outside\""));
		Files.setLastModifiedTime(path, FileTime.fromMillis(System.currentTimeMillis() + 5_000));

		Ui.answerNextDialog("File changed on disk", "Yes");
		Ui.page().activate(editor);
		Ui.settle();
		assertTrue(Ui.waitFor(() -> Ui.page().getActiveEditor() instanceof ModelEditor reloaded && reloaded != editor),
				"the editor is opened again on the file; editors now: " + Arrays.toString(Ui.page().getEditorReferences()));
		ModelEditor reloaded = (ModelEditor) Ui.page().getActiveEditor();
		assertEquals("Renamed outside", reloaded.edited().model().getName());
		assertFalse(reloaded.isDirty());
	}

	@Test
	void elementsDroppedInTheTreeMoveAsOneCommand() throws Exception {
		IFile file = project.add(ModelShape.ONE_ASSESSMENT);
		ModelEditor editor = TestProject.open(file);
		List<Customer> customers = editor.edited().model().getCustomers();
		assertTrue(customers.size() >= 3, "the shape has customers to reorder");
		Customer first = customers.get(0);
		Customer last = customers.get(customers.size() - 1);
		Command before = ElementDragAndDrop.command(editor.getEditingDomain(), first, ViewerDropAdapter.LOCATION_BEFORE,
				DND.DROP_MOVE, List.of(last));
		execute(editor, before);
		assertEquals(last, customers.get(0), "dropped before the first customer");
		assertTrue(editor.isDirty());
		Ui.command(IWorkbenchCommandConstants.EDIT_UNDO);
		assertEquals(first, customers.get(0), "and undone in one step");
		assertEquals(last, customers.get(customers.size() - 1));

		Outcome outcome = editor.edited().model().getOutcomes().get(0);
		assertFalse(ElementDragAndDrop.command(editor.getEditingDomain(), outcome, ViewerDropAdapter.LOCATION_ON,
				DND.DROP_MOVE, List.of(first)).canExecute(), "a customer has no place inside an outcome");
	}

	/** A role a methodology adds (Ambassadors, from a methodology file beside the model) needs no code of its own. */
	@Test
	void theCustomersAndAssessmentPagesOfferARoleAMethodologyAdds() throws Exception {
		IFile file = project.add(ModelShape.EXTRA_ROLE);
		ModelEditor editor = TestProject.open(file);

		editor.showElement(editor.edited().model().getCustomers().get(0));
		Ui.settle();
		Ui.screenshot("added-role-customers");
		assertNotNull(Ui.find(activePage(editor), control -> control instanceof Combo combo
				&& List.of(combo.getItems()).contains("Ambassadors")), "a customer can be given the added role");

		editor.setActivePage("assessment");
		Ui.settle();
		Ui.screenshot("added-role-assessment");
		assertNotNull(Ui.find(activePage(editor), control -> control instanceof Tree tree
				&& Arrays.stream(tree.getItems()).anyMatch(item -> "Ambassadors".equals(item.getText(0)))),
				"the self-assessment lists the added role's activities");
	}

	private static Composite activePage(ModelEditor editor) {
		return (Composite) editor.getActivePageInstance().getPartControl();
	}

	private static void execute(ModelEditor editor, Command command) {
		assertTrue(command.canExecute(), command.getLabel());
		editor.edited().commandStack().execute(command);
		Ui.settle();
	}

	/** As the Properties view does it: through the item provider's property descriptor. */
	private static void rename(ModelEditor editor, Customer customer, String name) {
		IPropertySource source = new ItemPropertySourceProvider(editor.edited().adapterFactory()).getPropertySource(customer);
		IPropertyDescriptor nameProperty = Arrays.stream(source.getPropertyDescriptors())
				.filter(d -> "Name".equals(d.getDisplayName())).findFirst().orElseThrow();
		source.setPropertyValue(nameProperty.getId(), name);
		Ui.settle();
	}
}
