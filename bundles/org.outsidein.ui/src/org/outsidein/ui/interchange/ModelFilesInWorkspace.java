package org.outsidein.ui.interchange;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.ui.editor.EditorInputs;
import org.outsidein.ui.editor.ModelEditor;

/** The model files of the workspace, the one the user has selected, and the editor a model is open in. */
final class ModelFilesInWorkspace {

	private ModelFilesInWorkspace() {
	}

	static List<IFile> all() {
		List<IFile> files = new ArrayList<>();
		try {
			ResourcesPlugin.getWorkspace().getRoot().accept(resource -> {
				if (resource instanceof IFile file && ModelFiles.EXTENSION.equals(file.getFileExtension())) {
					files.add(file);
				}
				return true;
			}, IResource.DEPTH_INFINITE, false);
		} catch (CoreException e) {
			// an unreadable part of the workspace offers no models
		}
		return files;
	}

	/** The model file selected in a view, or the one of the active model editor, or null. */
	static IFile chosen(IStructuredSelection selection) {
		if (selection != null && selection.getFirstElement() instanceof IFile file
				&& ModelFiles.EXTENSION.equals(file.getFileExtension())) {
			return file;
		}
		IWorkbenchPage page = page();
		IEditorPart active = page == null ? null : page.getActiveEditor();
		return active instanceof ModelEditor editor ? EditorInputs.workspaceFileOf(editor.getEditorInput()) : null;
	}

	/** The editor the file is open in, or null. */
	static ModelEditor editorOf(IFile file) {
		IWorkbenchPage page = page();
		if (page == null) {
			return null;
		}
		for (IEditorReference reference : page.getEditorReferences()) {
			try {
				if (file.equals(EditorInputs.workspaceFileOf(reference.getEditorInput()))
						&& reference.getEditor(true) instanceof ModelEditor editor) {
					return editor;
				}
			} catch (PartInitException e) {
				// an editor that cannot be restored is not the one
			}
		}
		return null;
	}

	private static IWorkbenchPage page() {
		var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		return window == null ? null : window.getActivePage();
	}
}
