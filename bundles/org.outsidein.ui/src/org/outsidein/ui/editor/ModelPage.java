package org.outsidein.ui.editor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelectionProvider;

/** A page of the model editor that shows elements: its viewer feeds the editor's selection. */
public interface ModelPage {

	/** The viewer whose selection is the editor's while this page is active. */
	ISelectionProvider viewer();

	/** Whether this page is where the element is worked on (it may not be built yet). */
	boolean shows(EObject element);

	/** Whether this page shows the element; if so, selects and reveals it. */
	boolean reveal(EObject element);
}
