package org.outsidein.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** The Outside-In perspective in the Eclipse workbench, on a real display. */
class WorkbenchTest {

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
