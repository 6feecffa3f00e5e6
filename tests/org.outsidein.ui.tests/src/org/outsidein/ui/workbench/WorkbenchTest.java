package org.outsidein.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;

/** The Outside-In perspective in the Eclipse workbench, on a real display. */
class WorkbenchTest {

	/**
	 * The tests run the Eclipse IDE's own workbench application, not the Outside-In product: what they see is what
	 * an Eclipse IDE with these plug-ins installed offers.
	 */
	@Test
	void thePlugInsContributeToAPlainEclipseIdeWorkbench() {
		IProduct product = Platform.getProduct();
		assertTrue(product == null || !product.getId().startsWith("org.outsidein"), "not our product: " + product);
		IWorkbench workbench = PlatformUI.getWorkbench();
		IEditorDescriptor editor = workbench.getEditorRegistry().getDefaultEditor("acme.outsidein");
		assertNotNull(editor, "*.outsidein files open in an editor");
		assertEquals(org.outsidein.ui.editor.ModelEditor.ID, editor.getId());
		assertNotNull(workbench.getNewWizardRegistry().findWizard("org.outsidein.ui.newModel"), "File > New > Model");
		assertNotNull(workbench.getPerspectiveRegistry().findPerspectiveWithId(ModellingPerspective.ID));
		assertNotNull(workbench.getViewRegistry().find(WelcomeView.ID));
		ICommandService commands = workbench.getService(ICommandService.class);
		assertTrue(commands.getCommand("org.outsidein.ui.commands.checkModel").isDefined());
		assertTrue(commands.getCommand("org.outsidein.ui.commands.generateReport").isDefined());
	}

	@Test
	void thePerspectiveShowsTheViewsAnAnalystWorksWith() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window);
		assertTrue(window.getShell().isVisible());
		IWorkbenchPage page = window.getActivePage();
		PlatformUI.getWorkbench().showPerspective(ModellingPerspective.ID, window);
		Ui.settle();
		assertEquals(ModellingPerspective.ID, page.getPerspective().getId());
		for (String view : new String[] { IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_OUTLINE,
				IPageLayout.ID_PROP_SHEET, IPageLayout.ID_PROBLEM_VIEW }) {
			assertNotNull(page.findView(view), view);
		}
		assertNotNull(page.showView(WelcomeView.ID));
		Ui.screenshot("workbench-welcome");
		page.hideView(page.findView(WelcomeView.ID));
	}
}
