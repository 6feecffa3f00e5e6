package org.outsidein.ui.interchange;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.outsidein.interchange.ImportResult;
import org.outsidein.interchange.RowProblem;
import org.outsidein.ui.editor.ModelEditor;

/**
 * File > Import > Outside-In > Customers or employees from CSV. Into a model open in an editor the import is one
 * command (Edit > Undo takes it back); into one that is not open, the file is saved.
 */
public class CsvImportWizard extends Wizard implements IImportWizard {

	static final String TITLE = "Import from CSV";
	private static final int PROBLEMS_SHOWN = 15;

	private IStructuredSelection selection;
	private CsvImportPage page;
	private ImportResult result;

	public CsvImportWizard() {
		setWindowTitle(TITLE);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection current) {
		this.selection = current;
	}

	@Override
	public void addPages() {
		page = new CsvImportPage(ModelFilesInWorkspace.chosen(selection));
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IFile model = page.model();
		ModelEditor editor = ModelFilesInWorkspace.editorOf(model);
		try {
			result = editor != null ? ModelImport.into(editor, page.request())
					: ModelImport.into(model.getLocation().toFile().toPath(), page.request());
			if (editor == null) {
				model.refreshLocal(IResource.DEPTH_ZERO, null);
			}
		} catch (IOException | CoreException e) {
			page.setErrorMessage(e.getMessage());
			return false;
		}
		String summary = summary(result, editor != null);
		if (result.problems().isEmpty()) {
			MessageDialog.openInformation(getShell(), TITLE, summary);
		} else {
			MessageDialog.openWarning(getShell(), TITLE, summary);
		}
		return true;
	}

	/** What the last finish imported; for tests. */
	public ImportResult result() {
		return result;
	}

	static String summary(ImportResult result, boolean inEditor) {
		StringBuilder text = new StringBuilder();
		text.append(result.rows()).append(" rows read: ").append(result.added()).append(" ").append(result.kind().word())
				.append(" added, ").append(result.updated()).append(" updated, ").append(result.unchanged())
				.append(" unchanged.");
		if (!result.created().isEmpty()) {
			text.append("\nCreated: ").append(String.join(", ", result.created())).append('.');
		}
		if (!result.applied()) {
			text.append("\nNothing was imported: all or nothing, and some rows are bad.");
		} else if (result.changedModel()) {
			text.append(inEditor ? "\nThe model is changed in its editor: save it, or Edit > Undo to take the import back."
					: "\nThe model file is saved.");
		}
		List<RowProblem> problems = result.problems();
		if (!problems.isEmpty()) {
			text.append("\n\n").append(problems.size()).append(problems.size() == 1 ? " row" : " rows")
					.append(" could not be imported:");
			problems.stream().limit(PROBLEMS_SHOWN).forEach(problem -> text.append("\n").append(problem));
			if (problems.size() > PROBLEMS_SHOWN) {
				text.append("\n... and ").append(problems.size() - PROBLEMS_SHOWN).append(" more");
			}
		}
		return text.toString();
	}
}
