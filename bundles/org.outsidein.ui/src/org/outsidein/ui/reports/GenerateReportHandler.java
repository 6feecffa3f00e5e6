package org.outsidein.ui.reports;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.outsidein.ui.editor.ModelEditor;

/** Model > Generate Report…: the report wizard for the active model editor. */
public class GenerateReportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		if (editor instanceof ModelEditor model) {
			new WizardDialog(HandlerUtil.getActiveShell(event), new ReportWizard(model)).open();
		}
		return null;
	}
}
