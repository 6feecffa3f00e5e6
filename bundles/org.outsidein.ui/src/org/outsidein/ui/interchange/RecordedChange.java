package org.outsidein.ui.interchange;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.change.ChangeDescription;

/**
 * A change already made to a model, recorded, put on the command stack afterwards so that Undo takes it back and Redo
 * makes it again. For changes made by code that edits the model directly (an import), not through commands.
 */
final class RecordedChange extends AbstractCommand {

	/** Applying it goes back to before the change; each apply turns it into the way forward, and back again. */
	private final ChangeDescription reverse;

	RecordedChange(String label, ChangeDescription reverse) {
		super(label);
		this.reverse = reverse;
	}

	@Override
	protected boolean prepare() {
		return true;
	}

	@Override
	public void execute() {
		// made already, while it was recorded
	}

	@Override
	public void undo() {
		reverse.applyAndReverse();
	}

	@Override
	public void redo() {
		reverse.applyAndReverse();
	}
}
