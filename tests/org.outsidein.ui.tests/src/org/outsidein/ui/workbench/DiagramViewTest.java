package org.outsidein.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.eclipse.jface.viewers.StructuredSelection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outsidein.diagram.ui.DiagramView;
import org.outsidein.model.Customer;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.tests.support.Examples;
import org.outsidein.ui.editor.ModelEditor;

/**
 * Model > Show Diagram on the example: the ecosystem drawn in the workbench's browser, redrawn after a change and its
 * Undo, and a click on a customer shows it in the editor.
 */
class DiagramViewTest {

	private TestProject project;
	private IFile file;

	@BeforeEach
	void open() throws Exception {
		project = TestProject.named("Diagram test");
		Path copy = Files.copy(Examples.cairnwood(), project.location().resolve("cairnwood.outsidein"));
		file = project.seen(copy);
	}

	@AfterEach
	void close() throws Exception {
		Ui.page().hideView(Ui.page().findView(DiagramView.ID));
		project.close();
	}

	private static Object evaluate(DiagramView view, String script) {
		return view.browser().evaluate(script);
	}

	private static boolean shows(DiagramView view, String text) {
		return Boolean.TRUE.equals(evaluate(view, "return document.body.textContent.indexOf(" + quoted(text) + ") >= 0;"));
	}

	private static String quoted(String text) {
		return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
	}

	@Test
	void theEcosystemIsDrawnRedrawnAfterAChangeAndItsUndoAndAClickShowsTheElement() throws Exception {
		ModelEditor editor = TestProject.open(file);
		Ui.command("org.outsidein.diagram.ui.showDiagram");
		DiagramView view = (DiagramView) Ui.page().findView(DiagramView.ID);
		assertNotNull(view, "Model > Show Diagram opens the view");
		view.choose("outsidein.ecosystem");
		assertTrue(Ui.waitFor(() -> view.page() != null && ((Number) evaluate(view,
				"return document.querySelectorAll('g[data-id]').length;")).intValue() == view.page().nodes()),
				"every node of the diagram is drawn in the browser");
		assertTrue(view.page().nodes() > 100, "the example's ecosystem has its customers, roles and communities");

		Customer customer = editor.edited().model().getCustomers().get(0);
		String before = customer.getName();
		Command rename = SetCommand.create(editor.edited().domain(), customer, OutsideInPackage.Literals.NAMED__NAME,
				"Zora Renamed");
		editor.edited().commandStack().execute(rename);
		assertTrue(Ui.waitFor(() -> shows(view, "Zora Renamed")), "a change is drawn");
		Ui.page().activate(editor);
		Ui.command(IWorkbenchCommandConstants.EDIT_UNDO);
		assertTrue(Ui.waitFor(() -> !shows(view, "Zora Renamed") && shows(view, before)), "and so is its Undo");
		Ui.screenshot("diagram-view");
		Ui.page().setPartState(Ui.page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		Ui.settle();
		Ui.screenshot("diagram-view-maximised");
		Ui.page().setPartState(Ui.page().getReference(view), IWorkbenchPage.STATE_RESTORED);

		String id = view.page() == null ? null : idOf(view, customer);
		assertNotNull(id, "the customer is drawn");
		view.browser().execute("document.querySelector('g[data-id=" + quoted(id).replace("'", "\"") + "]')"
				+ ".dispatchEvent(new MouseEvent('click', { bubbles: true }));");
		assertTrue(Ui.waitFor(() -> editor.getSite().getSelectionProvider().getSelection() instanceof IStructuredSelection
				selection && selection.toList().contains(customer)), "a click shows the customer in the editor: "
						+ editor.getSite().getSelectionProvider().getSelection());
		assertEquals(editor, Ui.page().getActiveEditor());

		Path svg = project.location().resolve("ecosystem.svg");
		view.exportSvg(svg);
		String saved = Files.readString(svg);
		assertTrue(saved.startsWith("<?xml") && saved.contains("<svg") && saved.contains(before), "Save as SVG writes the drawing");
		assertEquals(view.page().nodes(), saved.split("<g data-id=").length - 1, "every node");
	}

	@Test
	void showDiagramOnAModelFileInTheProjectExplorerOpensItsEditorAndTheView() throws Exception {
		IViewPart explorer = Ui.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
		((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(file));
		Ui.settle();
		Ui.command("org.outsidein.diagram.ui.showDiagram");
		assertTrue(Ui.page().getActiveEditor() instanceof ModelEditor modelEditor
				&& file.equals(modelEditor.getEditorInput().getAdapter(IFile.class)), "the model opens in its editor");
		DiagramView view = (DiagramView) Ui.page().findView(DiagramView.ID);
		assertNotNull(view);
		assertTrue(Ui.waitFor(() -> view.page() != null), "and its diagram is drawn");
	}

	/** The id of the first drawing of an element (a customer is drawn once in each role it plays). */
	private static String idOf(DiagramView view, Object element) {
		Object ids = evaluate(view, "return Array.prototype.map.call(document.querySelectorAll('g[data-id]'),"
				+ " function (e) { return e.getAttribute('data-id'); });");
		for (Object id : (Object[]) ids) {
			if (view.page().element(String.valueOf(id)) == element) {
				return String.valueOf(id);
			}
		}
		return null;
	}
}
