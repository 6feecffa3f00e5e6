package org.outsidein.ui.workbench;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.outsidein.core.plugins.DroppedPlugins;
import org.outsidein.ui.editor.EditorInputs;
import org.outsidein.ui.editor.ModelEditor;
import org.outsidein.ui.preferences.OutsideInPreferences;

/**
 * When the workbench is up: opens the model files named on the command line ({@code outsidein MODEL.outsidein})
 * and, on the very first start, the welcome.
 */
public class Startup implements IStartup {

	private static final String WELCOMED = "welcomed";

	@Override
	public void earlyStartup() {
		logDroppedPluginsNotRunning();
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> {
			IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
			IWorkbenchPage page = window == null ? null : window.getActivePage();
			if (page == null) {
				return;
			}
			boolean opened = openCommandLineFiles(page);
			if (!opened && !OutsideInPreferences.store().getBoolean(WELCOMED)) {
				OutsideInPreferences.store().setValue(WELCOMED, true);
				try {
					page.showView(WelcomeView.ID);
				} catch (PartInitException e) {
					ILog.of(Startup.class).warn("The welcome cannot be shown: " + e.getMessage());
				}
			}
		});
	}

	/** p2 leaves out a dropped plug-in it cannot install without a word: the Error Log says so at every start. */
	private static void logDroppedPluginsNotRunning() {
		try {
			BundleContext bundles = FrameworkUtil.getBundle(Startup.class).getBundleContext();
			for (String problem : DroppedPlugins.problems(DroppedPlugins.folders(), bundles)) {
				ILog.of(Startup.class).warn(problem);
			}
		} catch (RuntimeException e) {
			ILog.of(Startup.class).warn("The dropped plug-ins could not be checked: " + e.getMessage());
		}
	}

	private static boolean openCommandLineFiles(IWorkbenchPage page) {
		boolean opened = false;
		for (String argument : Platform.getApplicationArgs()) {
			if (!argument.endsWith(".outsidein")) {
				continue;
			}
			Path file = Path.of(argument).toAbsolutePath().normalize();
			if (!Files.isRegularFile(file)) {
				ILog.of(Startup.class).warn(file + ": no such model file");
				continue;
			}
			try {
				IDE.openEditor(page, EditorInputs.forPath(file), ModelEditor.ID);
				opened = true;
			} catch (PartInitException e) {
				// the workbench shows why in place of the editor
				ILog.of(Startup.class).warn(e.getMessage());
			}
		}
		return opened;
	}
}
