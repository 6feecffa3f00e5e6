package org.outsidein.ui.markers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.outsidein.ui.editor.ModelEditor;

/** Model > Check Model: runs every validation rule now and shows the findings in the Problems view. */
public class CheckModelHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		if (editor instanceof ModelEditor model) {
			ModelMarkers.validate(model);
			try {
				editor.getSite().getPage().showView(IPageLayout.ID_PROBLEM_VIEW, null,
						org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
			} catch (PartInitException e) {
				// the markers are there whether the view shows or not
			}
		}
		return null;
	}
}
