package org.outsidein.diagram.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.resource.Resource;
import org.outsidein.core.resource.ModelFiles;

/**
 * How the diagram server reaches a model that others may be using at the same time: every read and every edit goes
 * through {@link #call}, one at a time, and {@link #save} writes the model the way its owner does.
 * <p>
 * On the command line the owner is the server itself: a lock serialises the browser tabs, each on a thread of its
 * own. In the workbench the owner is the model editor, whose pages, views and command stack listeners all expect the
 * UI thread: there the work is run on that thread, and Save is the editor's own.
 */
public interface ModelAccess {

	/** Runs work on the model, exclusively, and returns its result. */
	<T> T call(Supplier<T> work);

	default void run(Runnable work) {
		call(() -> {
			work.run();
			return null;
		});
	}

	/** Writes the model where its owner keeps it, atomically. */
	void save() throws IOException;

	/** The command line's access: a lock, and {@link ModelFiles#save} to the file the model was loaded from. */
	static ModelAccess locked(Resource resource, Path modelFile) {
		Object lock = new Object();
		return new ModelAccess() {
			@Override
			public <T> T call(Supplier<T> work) {
				synchronized (lock) {
					return work.get();
				}
			}

			@Override
			public void save() throws IOException {
				synchronized (lock) {
					ModelFiles.save(resource, modelFile);
				}
			}
		};
	}
}
