package org.outsidein.edit.ui;

import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerEditor;
import org.eclipse.jface.viewers.TreeViewerFocusCellManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.MouseEvent;

/**
 * Cell editing from the keyboard as well as the mouse: the arrow keys move a focused cell, F2 or Enter edits it,
 * Tab and Shift+Tab go on to the next editable cell, Escape cancels. JFace edits on a click only, unless told.
 */
public final class KeyboardCellEditing {

	private static final int FEATURES = ColumnViewerEditor.TABBING_HORIZONTAL
			| ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.TABBING_VERTICAL
			| ColumnViewerEditor.KEYBOARD_ACTIVATION;

	private KeyboardCellEditing() {
	}

	public static void enable(TableViewer viewer) {
		TableViewerEditor.create(viewer,
				new TableViewerFocusCellManager(viewer, new FocusCellOwnerDrawHighlighter(viewer)), activation(viewer),
				FEATURES);
	}

	public static void enable(TreeViewer viewer) {
		TreeViewerEditor.create(viewer, new TreeViewerFocusCellManager(viewer, new FocusCellOwnerDrawHighlighter(viewer)),
				activation(viewer), FEATURES);
	}

	private static ColumnViewerEditorActivationStrategy activation(ColumnViewer viewer) {
		ColumnViewerEditorActivationStrategy strategy = new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				return switch (event.eventType) {
				case ColumnViewerEditorActivationEvent.TRAVERSAL, ColumnViewerEditorActivationEvent.PROGRAMMATIC -> true;
				// the left button edits; the right one opens the context menu
				case ColumnViewerEditorActivationEvent.MOUSE_CLICK_SELECTION ->
					event.sourceEvent instanceof MouseEvent mouse && mouse.button == 1;
				case ColumnViewerEditorActivationEvent.KEY_PRESSED -> event.keyCode == SWT.F2 || event.keyCode == SWT.CR
						|| event.keyCode == SWT.KEYPAD_CR;
				default -> false;
				};
			}
		};
		strategy.setEnableEditorActivationWithKeyboard(true);
		return strategy;
	}
}
