package org.outsidein.ui.editor;

import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;
import org.outsidein.edit.ui.DeleteElementsAction;
import org.outsidein.edit.ui.UndoRedoAction;

/** Undo, Redo and Delete of the Edit menu and the toolbar, on the active model editor's command stack. */
public class ModelEditorContributor extends MultiPageEditorActionBarContributor {

	private final UndoRedoAction undo = UndoRedoAction.undo();
	private final UndoRedoAction redo = UndoRedoAction.redo();
	private final DeleteElementsAction delete = new DeleteElementsAction();
	private ModelEditor editor;

	@Override
	public void init(IActionBars bars) {
		super.init(bars);
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
	}

	@Override
	public void contributeToToolBar(IToolBarManager toolBar) {
		toolBar.add(undo);
		toolBar.add(redo);
	}

	@Override
	public void setActiveEditor(IEditorPart part) {
		if (editor != null) {
			editor.selection().removeSelectionChangedListener(delete);
		}
		editor = part instanceof ModelEditor modelEditor ? modelEditor : null;
		undo.setCommandStack(editor == null ? null : editor.edited().commandStack());
		redo.setCommandStack(editor == null ? null : editor.edited().commandStack());
		delete.setEditingDomain(editor == null ? null : editor.getEditingDomain());
		if (editor != null) {
			editor.selection().addSelectionChangedListener(delete);
			delete.select(editor.selection().getSelection());
		}
		super.setActiveEditor(part);
	}

	@Override
	public void setActivePage(IEditorPart activeEditor) {
		// the pages are forms, not nested editors: the actions follow the editor, not the page
	}
}
