package org.outsidein.ui.editor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.outsidein.edit.ui.ElementDragAndDrop;
import org.outsidein.edit.ui.ItemContentProvider;
import org.outsidein.ui.markers.ProblemLabelProvider;

/** The Outline view of a model: its tree; selecting an element shows it in the editor. */
public class ModelOutlinePage extends ContentOutlinePage {

	private final ModelEditor editor;

	public ModelOutlinePage(ModelEditor editor) {
		this.editor = editor;
	}

	@Override
	protected int getTreeStyle() {
		// Virtual: a model of 100,000 customers shows at once; items are made as they scroll into view.
		return super.getTreeStyle() | SWT.VIRTUAL;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ItemContentProvider(editor.edited().adapterFactory()));
		viewer.setLabelProvider(new ProblemLabelProvider(editor.edited().adapterFactory(), editor.problems()));
		viewer.setInput(editor.edited().resource());
		viewer.expandToLevel(2);
		ElementDragAndDrop.enable(viewer, editor.edited().domain());
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (event.getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof EObject element) {
			editor.showElement(element);
		}
	}
}
