package org.outsidein.ui.interchange;

import java.io.IOException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.outsidein.ui.editor.ModelEditor;

/**
 * An import wizard of one page into one model: into a model open in an editor the import is one command (Edit > Undo
 * takes it back); into one that is not open, the file is saved. A summary says what happened.
 *
 * @param <R> what the import reports
 * @param <P> its page
 */
abstract class ImportIntoModelWizard<R, P extends WizardPage & ImportIntoModelWizard.ModelPage> extends Wizard
		implements IImportWizard {

	/** A page that chooses the model to import into. */
	interface ModelPage {
		IFile model();
	}

	private final String title;
	private IStructuredSelection selection;
	private P page;
	private R result;

	ImportIntoModelWizard(String title) {
		this.title = title;
		setWindowTitle(title);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection current) {
		this.selection = current;
	}

	@Override
	public void addPages() {
		page = createPage(ModelFilesInWorkspace.chosen(selection));
		addPage(page);
	}

	/** The one page, with the model chosen in the workbench preselected (null when none is). */
	abstract P createPage(IFile chosen);

	P page() {
		return page;
	}

	/** The name of the import on the Edit menu (Undo ...). */
	abstract String label();

	abstract ModelImport.Edit<R> edit() throws IOException;

	abstract boolean changedModel(R result);

	/** Whether everything was imported (an information) or something was not (a warning). */
	abstract boolean complete(R result);

	abstract String summary(R result);

	@Override
	public boolean performFinish() {
		IFile model = page.model();
		ModelEditor editor = ModelFilesInWorkspace.editorOf(model);
		try {
			result = editor != null ? ModelImport.into(editor, label(), edit(), this::changedModel)
					: ModelImport.into(model.getLocation().toFile().toPath(), edit(), this::changedModel);
			if (editor == null) {
				model.refreshLocal(IResource.DEPTH_ZERO, null);
			}
		} catch (IOException | CoreException e) {
			page.setErrorMessage(e.getMessage());
			return false;
		}
		String summary = summary(result);
		if (changedModel(result)) {
			summary += editor != null ? "\nThe model is changed in its editor: save it, or Edit > Undo to take the import back."
					: "\nThe model file is saved.";
		}
		if (complete(result)) {
			MessageDialog.openInformation(getShell(), title, summary);
		} else {
			MessageDialog.openWarning(getShell(), title, summary);
		}
		return true;
	}

	/** What the last finish imported; for tests. */
	public R result() {
		return result;
	}
}
