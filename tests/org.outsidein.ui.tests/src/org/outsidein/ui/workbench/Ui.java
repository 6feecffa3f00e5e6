package org.outsidein.ui.workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;

/** What the workbench tests do on the real display: let it catch up, wait for a condition, take a screenshot. */
public final class Ui {

	private Ui() {
	}

	public static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Runs the event loop until nothing is left to do (asynchronous refreshes, layouts). */
	public static void settle() {
		Display display = Display.getCurrent();
		for (int idle = 0; idle < 3;) {
			if (!display.readAndDispatch()) {
				idle++;
				sleep(20);
			}
		}
	}

	/** Runs the event loop until the condition holds, at most a few seconds. */
	public static boolean waitFor(BooleanSupplier condition) {
		return waitFor(condition, Duration.ofSeconds(10));
	}

	/** Runs the event loop until the condition holds, at most for the given time. */
	public static boolean waitFor(BooleanSupplier condition, Duration atMost) {
		long end = System.currentTimeMillis() + atMost.toMillis();
		while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
			settle();
		}
		return condition.getAsBoolean();
	}

	/** Runs a workbench command as its menu item or key binding would, and lets the workbench catch up. */
	public static void command(String id) throws Exception {
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(id, null);
		settle();
	}

	/** The first control under the parent, depth first, that is wanted; null if none. */
	public static Control find(Composite parent, Predicate<Control> wanted) {
		for (Control child : parent.getChildren()) {
			if (wanted.test(child)) {
				return child;
			}
			if (child instanceof Composite composite) {
				Control found = find(composite, wanted);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/**
	 * Presses the button of the dialog with the title when it opens: dialogs are modal, so this has to be set up
	 * before the step that opens one. Gives up after ten seconds.
	 */
	public static void answerNextDialog(String title, String button) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + 10_000;
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (!shell.isDisposed() && title.equals(shell.getText())) {
					Control found = find(shell, c -> c instanceof Button b && button.equals(b.getText().replace("&", "")));
					if (found != null) {
						found.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
						return;
					}
				}
			}
			if (System.currentTimeMillis() < end) {
				display.timerExec(100, poll[0]);
			}
		};
		display.timerExec(100, poll[0]);
	}

	/** Runs the event loop for a while: for views that update on a timer (Problems). */
	/** Opens a wizard in its dialog without blocking, as File > Import would, and lets it draw. */
	public static WizardDialog openWizard(IWizard wizard) {
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		settle();
		return dialog;
	}

	public static void pause(long millis) {
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			settle();
		}
	}

	/** The workbench window as it is now, in target/screenshots/NAME.png, to look at after the run. */
	public static Path screenshot(String name) throws Exception {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		// The virtual display has no window manager: give the window a desktop's size by hand.
		Rectangle screen = shell.getDisplay().getPrimaryMonitor().getBounds();
		if (!shell.getBounds().equals(screen)) {
			shell.setBounds(screen);
		}
		settle();
		Display display = shell.getDisplay();
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
		} finally {
			gc.dispose();
		}
		Path folder = Path.of("target", "screenshots").toAbsolutePath();
		Files.createDirectories(folder);
		Path file = folder.resolve(name + ".png");
		ImageLoader loader = new ImageLoader();
		loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
		loader.save(file.toString(), SWT.IMAGE_PNG);
		image.dispose();
		return file;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
