package org.outsidein.diagram.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Model > Show Diagram: opens the Diagram view beside the model editor. */
public class ShowDiagramHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		try {
			HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(DiagramView.ID);
		} catch (PartInitException e) {
			throw new ExecutionException("The Diagram view cannot be opened", e);
		}
		return null;
	}
}
