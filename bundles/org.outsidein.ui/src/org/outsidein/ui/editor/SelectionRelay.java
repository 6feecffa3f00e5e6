package org.outsidein.ui.editor;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * The editor's selection, as the workbench sees it (Properties, Outline, Delete): whatever the viewer of the
 * active page has selected. Pages hand over their viewer when they become active.
 */
public final class SelectionRelay implements ISelectionProvider, ISelectionChangedListener {

	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private ISelectionProvider source;
	private ISelection selection = StructuredSelection.EMPTY;

	/** Relays the selection of another viewer from now on. */
	public void follow(ISelectionProvider viewer) {
		if (source == viewer) {
			return;
		}
		if (source != null) {
			source.removeSelectionChangedListener(this);
		}
		source = viewer;
		if (source != null) {
			source.addSelectionChangedListener(this);
			selectionChanged(new SelectionChangedEvent(source, source.getSelection()));
		}
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		selection = event.getSelection();
		SelectionChangedEvent relayed = new SelectionChangedEvent(this, selection);
		for (ISelectionChangedListener listener : listeners) {
			listener.selectionChanged(relayed);
		}
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public ISelection getSelection() {
		return selection;
	}

	/** Selects in the followed viewer (Outline, Problems, links between pages). */
	@Override
	public void setSelection(ISelection newSelection) {
		if (source != null) {
			source.setSelection(newSelection);
		}
	}
}
