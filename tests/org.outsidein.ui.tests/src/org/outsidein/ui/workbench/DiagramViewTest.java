package org.outsidein.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outsidein.diagram.ui.DiagramView;
import org.outsidein.model.Customer;
import org.outsidein.model.Named;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.tests.support.Examples;
import org.outsidein.ui.editor.ModelEditor;

/**
 * Model > Show Diagram on the example: the diagram server's client in the workbench's browser, editing the editor's
 * model on the editor's command stack. A change made in the editor is drawn; a customer created from the diagram's
 * palette is in the editor's model and the workbench's Undo takes it back; selections go both ways; the diagram is
 * saved as SVG and PNG.
 */
class DiagramViewTest {

	/** What the tests do in the page, with the events a mouse would send (sprotty listens to these on the SVG). */
	/**
	 * The node of an element: a top-level one has the element's id, a nested one (a customer in the container of a
	 * role it plays) its container's id, '|', and the element's id.
	 */
	private static final String PAGE_HELPERS = "window.testNode = function (id) {"
			+ " return document.getElementById('diagram_' + id) || document.querySelector('[id$=\"|' + id + '\"]'); };"
			+ "window.testPress = function (id, fromRight, fromTop) {"
			+ " var node = window.testNode(id); if (!node) { return false; }"
			+ " var shape = node.querySelector('rect, path, ellipse, polygon') || node; var box = shape.getBoundingClientRect();"
			+ " var at = { bubbles: true, cancelable: true, view: window, button: 0, buttons: 1,"
			+ "   clientX: fromRight ? box.right - fromRight : box.left + box.width / 2, clientY: box.top + (fromTop || box.height / 2) };"
			+ " at.buttons = 0; shape.dispatchEvent(new MouseEvent('mousemove', at)); at.buttons = 1;"
			+ " shape.dispatchEvent(new MouseEvent('mousedown', at)); at.buttons = 0;"
			+ " shape.dispatchEvent(new MouseEvent('mouseup', at)); shape.dispatchEvent(new MouseEvent('click', at));"
			+ " return true; };";

	/**
	 * A round trip through the page, the diagram server and back (a redraw, a validation pass) on a machine that may be
	 * busy with other builds: more time than a dialog needs.
	 */
	private static boolean eventually(BooleanSupplier condition) {
		return Ui.waitFor(condition, Duration.ofSeconds(30));
	}

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
		return Boolean.TRUE.equals(evaluate(view, "var d = document.getElementById('diagram');"
				+ " return !!d && d.textContent.indexOf(" + quoted(text) + ") >= 0;"));
	}

	private static int customersDrawn(DiagramView view) {
		return ((Number) evaluate(view, "return document.querySelectorAll("
				+ "'#diagram g.node-role-member, #diagram g.node-customer-in-no-role').length;")).intValue();
	}

	private static String quoted(String text) {
		return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
	}

	/** The view shows a loaded diagram, scaled so that every node is drawn. */
	private static DiagramView openedOn(ModelEditor editor) throws Exception {
		Ui.command("org.outsidein.diagram.ui.showDiagram");
		DiagramView view = (DiagramView) Ui.page().findView(DiagramView.ID);
		assertNotNull(view, "Model > Show Diagram opens the view");
		Ui.page().setPartState(Ui.page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		assertTrue(eventually(() -> "loaded".equals(evaluate(view, "return document.body.dataset.state || '';"))),
				"the diagram page connects to its server and loads the diagram: " + view.pageAddress());
		evaluate(view, PAGE_HELPERS + "document.getElementById('fit').click(); return true;");
		int customers = editor.edited().model().getCustomers().size();
		assertTrue(eventually(() -> customersDrawn(view) >= customers), "every customer is drawn");
		return view;
	}

	@Test
	void editsMadeOnTheDiagramAndInTheEditorShareOneModelAndOneUndoHistory() throws Exception {
		ModelEditor editor = TestProject.open(file);
		DiagramView view = openedOn(editor);
		assertTrue(view.pageAddress().startsWith("http://127.0.0.1:") && view.pageAddress().contains("token="),
				"served on the loopback address behind a session token");

		Customer customer = editor.edited().model().getCustomers().get(0);
		String before = customer.getName();
		Command rename = SetCommand.create(editor.edited().domain(), customer, OutsideInPackage.Literals.NAMED__NAME,
				"Zora Renamed");
		editor.edited().commandStack().execute(rename);
		assertTrue(eventually(() -> shows(view, "Zora Renamed")), "a change made in the editor is drawn");
		editor.edited().commandStack().undo();
		assertTrue(eventually(() -> !shows(view, "Zora Renamed") && shows(view, before)), "and so is its Undo");

		Customer withoutInvention = editor.edited().model().getCustomers().stream()
				.filter(c -> !c.isLeadUser() && c.getInventions().isEmpty() && !c.getRoles().isEmpty()).findFirst()
				.orElseThrow();
		String badge = "return !!document.querySelector(" + quoted("[id$=\"|"
				+ withoutInvention.eResource().getURIFragment(withoutInvention) + "\"] .sprotty-issue") + ");";
		assertTrue(Boolean.FALSE.equals(evaluate(view, badge)), "no badge while nothing is wrong");
		editor.edited().commandStack().execute(SetCommand.create(editor.edited().domain(), withoutInvention,
				OutsideInPackage.Literals.CUSTOMER__LEAD_USER, Boolean.TRUE));
		assertTrue(eventually(() -> Boolean.TRUE.equals(evaluate(view, badge))),
				"a lead user with no invention gets the model check's badge on the diagram");
		editor.edited().commandStack().undo();
		assertTrue(eventually(() -> Boolean.FALSE.equals(evaluate(view, badge))), "undone, the badge goes");

		int customers = editor.edited().model().getCustomers().size();
		evaluate(view, "document.querySelectorAll('.tool-palette .tool-button').forEach(function (b) {"
				+ " if (b.textContent.indexOf('Customer') >= 0) { b.click(); } }); return true;");
		assertTrue(Boolean.TRUE.equals(evaluate(view, "return testPress('role-guides', 4, 4);")),
				"the Guides container is drawn");
		assertTrue(eventually(() -> editor.edited().model().getCustomers().size() == customers + 1),
				"a customer created from the diagram's palette is in the editor's model");
		assertTrue(editor.isDirty(), "and the editor has unsaved changes");
		assertTrue(eventually(() -> shows(view, "New customer")), "the new customer is drawn");
		Ui.screenshot("diagram-view-created");

		Ui.page().activate(editor);
		Ui.command(IWorkbenchCommandConstants.EDIT_UNDO);
		assertEquals(customers, editor.edited().model().getCustomers().size(), "the workbench's Undo takes it back");
		assertTrue(eventually(() -> !shows(view, "New customer")), "and the diagram follows");
		assertTrue(editor.edited().commandStack().canRedo());
	}

	@Test
	void selectionsGoBothWaysAndTheDiagramIsSavedAsSvgAndPng() throws Exception {
		ModelEditor editor = TestProject.open(file);
		DiagramView view = openedOn(editor);
		Customer customer = editor.edited().model().getCustomers().get(2);
		String id = customer.eResource().getURIFragment(customer);

		assertTrue(Boolean.TRUE.equals(evaluate(view, "return testPress(" + quoted(id) + ");")), "the customer is drawn");
		assertTrue(eventually(() -> view.getSite().getSelectionProvider().getSelection() instanceof IStructuredSelection
				selection && selection.toList().equals(java.util.List.of(customer))),
				"a customer selected on the diagram is the view's selection, which the Properties view shows");
		assertTrue(eventually(() -> editor.getSite().getSelectionProvider().getSelection() instanceof IStructuredSelection
				selection && selection.toList().contains(customer)), "and it is shown in the editor's pages");

		Customer other = editor.edited().model().getCustomers().get(5);
		String otherId = other.eResource().getURIFragment(other);
		Ui.page().activate(editor);
		editor.showElement(other);
		assertTrue(eventually(() -> Boolean.TRUE.equals(evaluate(view, "var e = window.testNode("
				+ quoted(otherId) + "); return !!e && e.querySelector('.selected') !== null;"))),
				"a customer selected in the editor is selected on the diagram");

		Path svg = project.location().resolve("customers.svg");
		view.export("svg", svg);
		assertTrue(eventually(() -> Files.exists(svg)), "Save as SVG writes the file");
		String drawn = Files.readString(svg);
		assertTrue(drawn.contains("<svg") && drawn.contains(customer.getName()), "with the customers' names");

		Path png = project.location().resolve("customers.png");
		view.export("png", png);
		assertTrue(eventually(() -> Files.exists(png)), "Save as PNG writes the file");
		byte[] bytes = Files.readAllBytes(png);
		assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, Arrays.copyOf(bytes, 4), "a PNG");
		int width = ByteBuffer.wrap(bytes, 16, 4).getInt();
		int height = ByteBuffer.wrap(bytes, 20, 4).getInt();
		assertTrue(width > 200 && height > 100, "of the whole diagram: " + width + " x " + height);
		assertTrue(bytes.length > 5_000, "with something drawn in it: " + bytes.length + " bytes");
		Path shots = Ui.screenshot("diagram-view-selected").getParent();
		Files.copy(png, shots.resolve("diagram-view-exported.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}

	@Test
	void everyBuiltInDiagramOpensWithItsPaletteAndFollowsAChangeMadeInTheEditorAndItsUndo() throws Exception {
		ModelEditor editor = TestProject.open(file);
		DiagramView view = openedOn(editor);
		OutsideInModel model = editor.edited().model();
		Map<String, Named> renamed = new LinkedHashMap<>();
		renamed.put("outsidein.ecosystem", model.getCommunities().get(0));
		renamed.put("outsidein.outcomes", model.getOutcomes().get(0));
		renamed.put("outsidein.engagement", model.getOrganisation().getDepartments().get(0));
		for (Map.Entry<String, Named> diagram : renamed.entrySet()) {
			view.choose(diagram.getKey());
			assertTrue(eventually(() -> view.pageAddress().contains("diagram=" + diagram.getKey())
					&& view.pageAddress().equals(evaluate(view, "return location.href;"))
					&& "loaded".equals(evaluate(view, "return document.body.dataset.state || '';"))),
					diagram.getKey() + " opens in the view");
			assertEquals("none", evaluate(view, "return getComputedStyle(document.getElementById('title')).display;"),
					"the view has its own list of diagrams: the page leaves out its title");
			evaluate(view, "document.getElementById('fit').click(); return true;");
			assertTrue(eventually(() -> ((Number) evaluate(view,
					"return document.querySelectorAll('.tool-palette .tool-button').length;")).intValue() > 0),
					diagram.getKey() + " has its description's tools in the palette");
			Named element = diagram.getValue();
			String name = element.getName();
			assertTrue(eventually(() -> shows(view, name)), diagram.getKey() + " draws " + name);
			editor.edited().commandStack().execute(SetCommand.create(editor.edited().domain(), element,
					OutsideInPackage.Literals.NAMED__NAME, "Renamed in the form"));
			assertTrue(eventually(() -> shows(view, "Renamed in the form")), diagram.getKey() + " follows the editor");
			Ui.screenshot("diagram-view-" + diagram.getKey().substring(diagram.getKey().indexOf('.') + 1));
			Ui.page().activate(editor);
			Ui.command(IWorkbenchCommandConstants.EDIT_UNDO);
			assertEquals(name, element.getName());
			assertTrue(eventually(() -> !shows(view, "Renamed in the form") && shows(view, name)),
					diagram.getKey() + " follows the Undo");
		}
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
		assertTrue(eventually(() -> "loaded".equals(evaluate(view, "return document.body.dataset.state || '';"))),
				"and its diagram is shown");
	}
}
