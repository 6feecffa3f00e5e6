package org.outsidein.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.outsidein.core.extensions.ContributionException;
import org.outsidein.core.library.MethodologyRegistry;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.core.resource.NewModels;
import org.outsidein.model.Methodology;
import org.outsidein.model.Organisation;
import org.outsidein.model.OutsideInModel;
import org.outsidein.ui.editor.ModelEditor;

/**
 * File > New > Outside-In Model: where the file goes, then the organisation, its customer base and headcount
 * (what the rules of thumb are measured against) and the methodology it follows. The model is wired to the chosen
 * methodology as {@code outsidein new --methodology} does it, and opens in the model editor.
 */
public class NewModelWizard extends Wizard implements INewWizard {

	public static final String ID = "org.outsidein.ui.newModel";

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private WizardNewFileCreationPage filePage;
	private OrganisationPage organisationPage;
	private IFile created;

	public NewModelWizard() {
		setWindowTitle("New Outside-In Model");
		setNeedsProgressMonitor(false);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection currentSelection) {
		this.workbench = workbench;
		this.selection = currentSelection == null ? StructuredSelection.EMPTY : currentSelection;
	}

	@Override
	public void addPages() {
		filePage = new WizardNewFileCreationPage("file", selection) {
			@Override
			protected InputStream getInitialContents() {
				return modelContents();
			}
		};
		filePage.setTitle("Outside-In model");
		filePage.setDescription("Choose the project or folder and the file of the new model.");
		filePage.setFileExtension(ModelFiles.EXTENSION);
		filePage.setFileName("my-organisation." + ModelFiles.EXTENSION);
		addPage(filePage);
		organisationPage = new OrganisationPage();
		addPage(organisationPage);
	}

	@Override
	public boolean performFinish() {
		created = filePage.createNewFile();
		if (created == null) {
			return false;
		}
		IWorkbenchPage page = workbench.getActiveWorkbenchWindow() == null ? null
				: workbench.getActiveWorkbenchWindow().getActivePage();
		if (page != null) {
			try {
				IDE.openEditor(page, created, ModelEditor.ID);
			} catch (PartInitException e) {
				MessageDialog.openError(getShell(), "Cannot open the new model", e.getMessage());
			}
		}
		return true;
	}

	/** The model file created by the last finish, for whoever opened the wizard. */
	public IFile created() {
		return created;
	}

	private List<Methodology> methodologies(ResourceSet resourceSet) {
		try {
			return MethodologyRegistry.load(resourceSet, organisationPage.methodology());
		} catch (ContributionException e) {
			// the page refuses a methodology that does not load, so this is a file changed since
			throw new IllegalStateException(e.getMessage(), e);
		}
	}

	private InputStream modelContents() {
		String name = organisationPage.organisationName();
		Path file = Path.of(filePage.getFileName());
		ResourceSet resourceSet = ModelFiles.newResourceSet();
		Resource resource = NewModels.create(resourceSet, file, name.isBlank() ? NewModels.nameFromFile(file) : name,
				methodologies(resourceSet));
		Organisation organisation = ((OutsideInModel) resource.getContents().get(0)).getOrganisation();
		organisation.setCustomerBaseSize(organisationPage.customerBaseSize());
		organisation.setHeadcount(organisationPage.headcount());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			resource.save(out, null);
		} catch (IOException e) {
			throw new IllegalStateException("a new model could not be written to memory", e);
		}
		return new ByteArrayInputStream(out.toByteArray());
	}
}
