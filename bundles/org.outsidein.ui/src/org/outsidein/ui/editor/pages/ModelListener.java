package org.outsidein.ui.editor.pages;

import java.util.EventObject;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Control;

/**
 * Calls a page back after every change to the model (a command, an undo, a redo), once, on the UI thread,
 * while the page's control lives: the pages show figures computed from the whole model.
 */
public final class ModelListener implements CommandStackListener {

	private final CommandStack stack;
	private final Control control;
	private final Runnable refresh;
	private boolean scheduled;

	private ModelListener(CommandStack stack, Control control, Runnable refresh) {
		this.stack = stack;
		this.control = control;
		this.refresh = refresh;
	}

	public static void whileAlive(CommandStack stack, Control control, Runnable refresh) {
		ModelListener listener = new ModelListener(stack, control, refresh);
		stack.addCommandStackListener(listener);
		control.addDisposeListener(event -> stack.removeCommandStackListener(listener));
	}

	@Override
	public void commandStackChanged(EventObject event) {
		if (scheduled || control.isDisposed()) {
			return;
		}
		scheduled = true;
		control.getDisplay().asyncExec(() -> {
			scheduled = false;
			if (!control.isDisposed()) {
				refresh.run();
			}
		});
	}
}
