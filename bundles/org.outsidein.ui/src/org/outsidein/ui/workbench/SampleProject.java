package org.outsidein.ui.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** The bundled example, Cairnwood Outdoor, copied into a project of the workspace for the analyst to explore. */
public final class SampleProject {

	public static final String PROJECT = "Cairnwood Outdoor sample";
	public static final String FILE = "cairnwood-outdoor.outsidein";
	private static final String ENTRY = "/samples/" + FILE;

	private SampleProject() {
	}

	/** Creates the project and copies the model in, unless it is there already; returns the model file. */
	public static IFile create() throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProject project = workspace.getRoot().getProject(PROJECT);
		if (!project.exists()) {
			project.create(null);
		}
		if (!project.isOpen()) {
			project.open(null);
		}
		IFile file = project.getFile(FILE);
		if (!file.exists()) {
			URL sample = SampleProject.class.getResource(ENTRY);
			if (sample == null) {
				throw new CoreException(Status.error("The sample model " + ENTRY + " is missing from org.outsidein.ui"));
			}
			try (InputStream in = sample.openStream()) {
				file.create(in, true, null);
			} catch (IOException e) {
				throw new CoreException(new Status(IStatus.ERROR, "org.outsidein.ui", "Cannot copy the sample model", e));
			}
		}
		return file;
	}
}
