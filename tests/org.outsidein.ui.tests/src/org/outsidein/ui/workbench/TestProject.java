package org.outsidein.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.outsidein.tests.support.ModelShape;
import org.outsidein.ui.editor.ModelEditor;

/**
 * A workspace project of one test, in the Outside-In perspective, with model files in it; closing it closes every
 * editor and deletes the project with its files.
 */
public final class TestProject implements AutoCloseable {

	private final IProject project;

	private TestProject(IProject project) {
		this.project = project;
	}

	public static TestProject named(String name) throws Exception {
		PlatformUI.getWorkbench().showPerspective(ModellingPerspective.ID,
				PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		return new TestProject(project);
	}

	public IProject project() {
		return project;
	}

	public Path location() {
		return project.getLocation().toPath();
	}

	/** A model of the shape, written into the project and seen by the workspace. */
	public IFile add(ModelShape shape) throws Exception {
		return seen(shape.create(location()));
	}

	/** The workspace file of a file written into the project from outside the workspace. */
	public IFile seen(Path file) throws CoreException {
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		return project.getFile(location().relativize(file).toString());
	}

	/** Opens the file in the model editor, as a double-click in the Project Explorer does. */
	public static ModelEditor open(IFile file) throws Exception {
		IEditorPart part = IDE.openEditor(Ui.page(), file, ModelEditor.ID);
		Ui.settle();
		assertTrue(part instanceof ModelEditor, String.valueOf(part));
		return (ModelEditor) part;
	}

	@Override
	public void close() throws Exception {
		Ui.page().closeAllEditors(false);
		Ui.settle();
		if (project.exists()) {
			project.delete(true, true, null);
		}
	}
}
