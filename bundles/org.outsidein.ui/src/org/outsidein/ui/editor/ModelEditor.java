package org.outsidein.ui.editor;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.outsidein.core.resource.ModelLoadException;
import org.outsidein.edit.ui.ItemPropertySourceProvider;
import org.outsidein.ui.editor.pages.AssessmentPage;
import org.outsidein.ui.editor.pages.CustomersPage;
import org.outsidein.ui.editor.pages.EcosystemPage;
import org.outsidein.ui.editor.pages.OrganisationPage;
import org.outsidein.ui.editor.pages.OutcomesPage;
import org.outsidein.ui.editor.pages.OverviewPage;
import org.outsidein.ui.markers.ModelMarkers;
import org.outsidein.ui.markers.ProblemDecorations;

/**
 * The editor of an Outside-In model file: form pages for what analysts work on, and a page with the whole
 * tree. Every change, on any page or in the Properties view, is a command on the model's one command stack,
 * so Undo and Redo cover them all; Save writes the file atomically.
 */
public class ModelEditor extends FormEditor implements IEditingDomainProvider, IGotoMarker {

	public static final String ID = "org.outsidein.ui.modelEditor";

	private EditedModel edited;
	private final SelectionRelay selection = new SelectionRelay();
	private PropertySheetPage properties;
	private ModelOutlinePage outline;
	private ProblemDecorations problems;
	private final CommandStackListener dirtyWatcher = event -> getSite().getShell().getDisplay()
			.asyncExec(() -> firePropertyChange(PROP_DIRTY));
	private final IPartListener2 diskWatcher = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == ModelEditor.this) {
				offerReloadIfChanged();
			}
		}
	};

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		Path file = EditorInputs.pathOf(input);
		if (file == null) {
			throw new PartInitException("Outside-In models open from files on this computer; " + input.getName()
					+ " is not one");
		}
		try {
			edited = EditedModel.open(file);
		} catch (ModelLoadException e) {
			// The workbench shows this message in place of the editor; the file is left as it is.
			throw new PartInitException(e.getMessage(), e);
		}
		super.init(site, input);
		site.setSelectionProvider(selection);
		setPartName(input.getName());
		setTitleToolTip(file.toString());
		edited.commandStack().addCommandStackListener(dirtyWatcher);
		site.getPage().addPartListener(diskWatcher);
		problems = new ProblemDecorations(this);
	}

	@Override
	protected void addPages() {
		try {
			addPage(new OverviewPage(this));
			addPage(new CustomersPage(this));
			addPage(new OutcomesPage(this));
			addPage(new EcosystemPage(this));
			addPage(new OrganisationPage(this));
			addPage(new AssessmentPage(this));
			addPage(new ModelTreePage(this));
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	protected void pageChange(int newPageIndex) {
		super.pageChange(newPageIndex);
		if (getSelectedPage() instanceof ModelPage page && page.viewer() != null) {
			selection.follow(page.viewer());
		}
	}

	public EditedModel edited() {
		return edited;
	}

	public SelectionRelay selection() {
		return selection;
	}

	/** The file's findings by element, for the pages to decorate. */
	public ProblemDecorations problems() {
		return problems;
	}

	@Override
	public EditingDomain getEditingDomain() {
		return edited.domain();
	}

	@Override
	public boolean isDirty() {
		return edited != null && edited.isDirty();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		save(edited.file());
	}

	@Override
	public boolean isSaveAsAllowed() {
		return true;
	}

	@Override
	public void doSaveAs() {
		IFile workspaceFile = EditorInputs.workspaceFileOf(getEditorInput());
		Path target;
		if (workspaceFile != null) {
			SaveAsDialog dialog = new SaveAsDialog(getSite().getShell());
			dialog.setOriginalFile(workspaceFile);
			if (dialog.open() != SaveAsDialog.OK || dialog.getResult() == null) {
				return;
			}
			IFile chosen = workspaceFile.getWorkspace().getRoot().getFile(dialog.getResult());
			target = chosen.getLocation().toPath();
		} else {
			FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
			dialog.setFilterExtensions(new String[] { "*.outsidein" });
			dialog.setOverwrite(true);
			String chosen = dialog.open();
			if (chosen == null) {
				return;
			}
			target = Path.of(chosen);
		}
		if (save(target)) {
			setInputWithNotify(EditorInputs.forPath(target));
			setPartName(getEditorInput().getName());
		}
	}

	/** Writes the model; on failure says why and leaves the file on disk as it was (the write is atomic). */
	private boolean save(Path target) {
		try {
			edited.saveTo(target);
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), "Cannot save the model",
					target + " could not be written: " + e.getMessage() + "\n\nThe file on disk is unchanged.");
			return false;
		}
		refreshInWorkspace(target);
		firePropertyChange(PROP_DIRTY);
		ModelMarkers.validateAfterSave(this);
		return true;
	}

	private static void refreshInWorkspace(Path target) {
		IFile[] files = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot()
				.findFilesForLocationURI(target.toUri());
		for (IFile file : files) {
			try {
				file.refreshLocal(IResource.DEPTH_ZERO, null);
			} catch (CoreException e) {
				// the workspace catches up at its next refresh
			}
		}
	}

	private void offerReloadIfChanged() {
		if (edited == null || !edited.changedOnDisk()) {
			return;
		}
		edited.acknowledgeDiskChange();
		String question = isDirty()
				? "The file " + edited.file().getFileName() + " was changed outside this editor. Reload it and lose the"
						+ " changes made here?"
				: "The file " + edited.file().getFileName() + " was changed outside this editor. Reload it?";
		if (MessageDialog.openQuestion(getSite().getShell(), "File changed on disk", question)) {
			IEditorInput input = getEditorInput();
			IWorkbenchPage page = getSite().getPage();
			Shell shell = getSite().getShell();
			// Not while the workbench is still activating this editor: a close asked for then happens after the
			// open, which finds this editor still there and only brings it to the front.
			shell.getDisplay().asyncExec(() -> {
				page.closeEditor(this, false);
				try {
					IDE.openEditor(page, input, ID);
				} catch (PartInitException e) {
					MessageDialog.openError(shell, "Cannot reload the model", e.getMessage());
				}
			});
		}
	}

	/** Shows an element on the first page where it is worked on (the Model page holds them all). */
	public void showElement(EObject element) {
		for (int i = 0; i < getPageCount(); i++) {
			if (pages.get(i) instanceof ModelPage page && page.shows(element)) {
				if (getActivePage() != i) {
					setActivePage(i);
				}
				if (page.reveal(element)) {
					return;
				}
			}
		}
	}

	@Override
	public void gotoMarker(IMarker marker) {
		EObject element = ModelMarkers.elementOf(marker, edited.resource());
		if (element != null) {
			showElement(element);
		}
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (type == IPropertySheetPage.class) {
			if (properties == null) {
				properties = new PropertySheetPage();
				properties.setPropertySourceProvider(new ItemPropertySourceProvider(edited.adapterFactory()));
			}
			return type.cast(properties);
		}
		if (type == IContentOutlinePage.class) {
			if (outline == null) {
				outline = new ModelOutlinePage(this);
			}
			return type.cast(outline);
		}
		if (type == IGotoMarker.class) {
			return type.cast(this);
		}
		return super.getAdapter(type);
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(diskWatcher);
		if (problems != null) {
			problems.dispose();
		}
		if (edited != null) {
			edited.commandStack().removeCommandStackListener(dirtyWatcher);
			edited.dispose();
		}
		super.dispose();
	}
}
