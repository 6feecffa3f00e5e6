package org.outsidein.ui.editor;

import java.net.URI;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.part.FileEditorInput;

/** The file behind an editor input, whether it is in the workspace or anywhere on disk. */
public final class EditorInputs {

	private EditorInputs() {
	}

	/** The file on disk, or null when the input is not a local file. */
	public static Path pathOf(IEditorInput input) {
		IFile file = input.getAdapter(IFile.class);
		if (file != null && file.getLocation() != null) {
			return file.getLocation().toPath();
		}
		if (input instanceof IPathEditorInput pathInput) {
			return pathInput.getPath().toPath();
		}
		if (input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) {
			return Path.of(uriInput.getURI());
		}
		return null;
	}

	/** The workspace file behind the input, or null for a file outside the workspace. */
	public static IFile workspaceFileOf(IEditorInput input) {
		return input.getAdapter(IFile.class);
	}

	/** An input for a file: the workspace's own when the workspace holds it, a plain file otherwise. */
	public static IEditorInput forPath(Path path) {
		IFile[] files = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot()
				.findFilesForLocationURI(path.toUri());
		if (files.length > 0) {
			return new FileEditorInput(files[0]);
		}
		URI uri = path.toUri();
		return new FileStoreEditorInput(org.eclipse.core.filesystem.EFS.getLocalFileSystem().getStore(uri));
	}
}
