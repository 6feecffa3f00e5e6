package org.outsidein.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** The Outside-In workbench comes up on a real display, in its own window and perspective. */
class WorkbenchWindowTest {

	@Test
	void opensOneWindowOnTheModellingPerspective() {
		IWorkbenchWindow[] windows = PlatformUI.getWorkbench().getWorkbenchWindows();
		assertEquals(1, windows.length);
		IWorkbenchWindow window = windows[0];
		Shell shell = window.getShell();
		assertTrue(shell.isVisible());
		assertEquals(OutsideInWindowAdvisor.TITLE, shell.getText());
		assertNotNull(window.getActivePage());
		assertEquals(ModellingPerspective.ID, window.getActivePage().getPerspective().getId());
		assertTrue(window.getActivePage().isEditorAreaVisible());
	}
}
