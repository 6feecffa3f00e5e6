package org.outsidein.ui.editor.pages;

import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.EditingSupport;
import org.outsidein.ui.editor.ModelCommands;

/** A table cell edited in place: the new value is set on the row's element (or one it leads to) by a command. */
public class CommandEditingSupport extends EditingSupport {

	private final CellEditor editor;
	private final Function<Object, EObject> owner;
	private final EStructuralFeature feature;
	private final ModelCommands commands;

	/** @param owner the element that holds the feature, for a row (the row itself, or its answer, say) */
	public CommandEditingSupport(ColumnViewer viewer, CellEditor editor, Function<Object, EObject> owner,
			EStructuralFeature feature, ModelCommands commands) {
		super(viewer);
		this.editor = editor;
		this.owner = owner;
		this.feature = feature;
		this.commands = commands;
	}

	@Override
	protected CellEditor getCellEditor(Object element) {
		return editor;
	}

	@Override
	protected boolean canEdit(Object element) {
		return owner.apply(element) != null;
	}

	@Override
	protected Object getValue(Object element) {
		EObject target = owner.apply(element);
		return target == null ? null : target.eGet(feature);
	}

	@Override
	protected void setValue(Object element, Object value) {
		commands.set(owner.apply(element), feature, value);
	}
}
