package org.outsidein.diagram.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.outsidein.ui.editor.ModelEditor;

/**
 * Show Diagram, from the Model menu or on a model file in the Project Explorer: the file opens in the model editor
 * (when chosen there) and the Diagram view shows its diagrams.
 */
public class ShowDiagramHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		try {
			IFile file = chosenFile(HandlerUtil.getCurrentSelection(event));
			if (file != null && HandlerUtil.getActivePart(event) != page.getActiveEditor()) {
				IDE.openEditor(page, file, ModelEditor.ID);
			}
			page.showView(DiagramView.ID);
		} catch (PartInitException e) {
			throw new ExecutionException("The diagram cannot be shown: " + e.getMessage(), e);
		}
		return null;
	}

	private static IFile chosenFile(ISelection selection) {
		if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
			IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
			return file != null && "outsidein".equals(file.getFileExtension()) ? file : null;
		}
		return null;
	}
}
