package org.outsidein.ui.interchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.interchange.CsvExport;
import org.outsidein.model.OutsideInModel;
import org.outsidein.ui.editor.ModelEditor;

/**
 * File > Export > Outside-In > Customers and employees as CSV. A model open in an editor is exported as it is there,
 * unsaved changes included; one that is not open, as its file holds it.
 */
public class CsvExportWizard extends Wizard implements IExportWizard {

	private IStructuredSelection selection;
	private CsvExportPage page;
	private List<Path> written = List.of();

	public CsvExportWizard() {
		setWindowTitle("Export to CSV");
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection current) {
		this.selection = current;
	}

	@Override
	public void addPages() {
		page = new CsvExportPage(ModelFilesInWorkspace.chosen(selection));
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IFile file = page.model();
		ModelEditor editor = ModelFilesInWorkspace.editorOf(file);
		Path location = file.getLocation().toFile().toPath();
		try {
			OutsideInModel model = editor != null ? editor.edited().model() : ModelFiles.load(location);
			written = CsvExport.write(model, page.folder(), ModelFiles.baseName(location));
		} catch (IOException e) {
			page.setErrorMessage(e.getMessage());
			return false;
		}
		for (IContainer container : ResourcesPlugin.getWorkspace().getRoot()
				.findContainersForLocationURI(page.folder().toUri())) {
			try {
				container.refreshLocal(IResource.DEPTH_ONE, null);
			} catch (CoreException e) {
				// the workspace catches up at its next refresh
			}
		}
		return true;
	}

	/** The files the last finish wrote; for tests. */
	public List<Path> written() {
		return written;
	}
}
