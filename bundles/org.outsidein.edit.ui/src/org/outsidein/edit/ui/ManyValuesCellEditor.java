package org.outsidein.edit.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.dialogs.ListSelectionDialog;

/** A many-valued reference (the employees engaging a customer, say): a checked list of what it may hold. */
public class ManyValuesCellEditor extends DialogCellEditor {

	private final String title;
	private final List<?> choices;
	private final ILabelProvider labels;

	public ManyValuesCellEditor(Composite parent, String title, List<?> choices, ILabelProvider labels) {
		super(parent);
		this.title = title;
		this.choices = choices.stream().filter(choice -> choice != null).toList();
		this.labels = labels;
	}

	@Override
	protected Object openDialogBox(Control cellEditorWindow) {
		ListSelectionDialog dialog = ListSelectionDialog.of(choices).contentProvider(ArrayContentProvider.getInstance())
				.labelProvider(labels).title(title).message("Choose the " + title.toLowerCase() + ":")
				.create(cellEditorWindow.getShell());
		Object current = getValue();
		if (current instanceof Collection<?> selected) {
			dialog.setInitialElementSelections(new ArrayList<>(selected));
		}
		return dialog.open() == Window.OK ? List.of(dialog.getResult()) : null;
	}

	@Override
	protected void updateContents(Object value) {
		if (getDefaultLabel() != null) {
			String text = value instanceof Collection<?> values
					? String.join(", ", values.stream().map(labels::getText).toList())
					: "";
			getDefaultLabel().setText(text);
		}
	}
}
