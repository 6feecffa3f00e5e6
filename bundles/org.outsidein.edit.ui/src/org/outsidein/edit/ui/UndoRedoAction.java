package org.outsidein.edit.ui;

import java.util.EventObject;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Undo or Redo on an EMF command stack, labelled with the command it would undo ("Undo Set Name"), enabled
 * only when there is one. Every edit of every page and view is a command on the one stack of a model.
 */
public final class UndoRedoAction extends Action implements CommandStackListener {

	private final boolean undo;
	private CommandStack stack;

	private UndoRedoAction(boolean undo) {
		this.undo = undo;
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		setId(undo ? ActionFactory.UNDO.getId() : ActionFactory.REDO.getId());
		setActionDefinitionId(undo ? "org.eclipse.ui.edit.undo" : "org.eclipse.ui.edit.redo");
		setImageDescriptor(images.getImageDescriptor(undo ? ISharedImages.IMG_TOOL_UNDO : ISharedImages.IMG_TOOL_REDO));
		setDisabledImageDescriptor(images.getImageDescriptor(undo ? ISharedImages.IMG_TOOL_UNDO_DISABLED
				: ISharedImages.IMG_TOOL_REDO_DISABLED));
		update();
	}

	public static UndoRedoAction undo() {
		return new UndoRedoAction(true);
	}

	public static UndoRedoAction redo() {
		return new UndoRedoAction(false);
	}

	/** Follows another stack (the active editor's), or none. */
	public void setCommandStack(CommandStack newStack) {
		if (stack != null) {
			stack.removeCommandStackListener(this);
		}
		stack = newStack;
		if (stack != null) {
			stack.addCommandStackListener(this);
		}
		update();
	}

	@Override
	public void run() {
		if (stack == null) {
			return;
		}
		if (undo) {
			stack.undo();
		} else {
			stack.redo();
		}
	}

	@Override
	public void commandStackChanged(EventObject event) {
		update();
	}

	private void update() {
		Command command = stack == null ? null : undo ? stack.getUndoCommand() : stack.getRedoCommand();
		boolean possible = stack != null && (undo ? stack.canUndo() : stack.canRedo());
		setEnabled(possible);
		String verb = undo ? "&Undo" : "&Redo";
		String what = command == null || command.getLabel() == null ? "" : " " + command.getLabel();
		setText(possible ? verb + what : verb);
		setToolTipText(possible ? (undo ? "Undo" : "Redo") + what : null);
	}
}
