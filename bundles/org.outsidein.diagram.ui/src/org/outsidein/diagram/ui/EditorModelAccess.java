package org.outsidein.diagram.ui;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Display;
import org.outsidein.diagram.server.ModelAccess;
import org.outsidein.ui.editor.ModelEditor;

/**
 * The diagram server's way to a model open in a model editor. The editor's pages, the Properties view and every
 * command stack listener expect changes on the UI thread, while the server works on threads of its own: each read and
 * each edit is run on the UI thread, which also makes them take turns with the analyst's own edits. Save is the
 * editor's Save, so the diagram and the editor never write the file differently.
 */
final class EditorModelAccess implements ModelAccess {

	private final ModelEditor editor;
	private final Display display;

	EditorModelAccess(ModelEditor editor) {
		this.editor = editor;
		this.display = editor.getSite().getShell().getDisplay();
	}

	@Override
	public <T> T call(Supplier<T> work) {
		if (display.getThread() == Thread.currentThread()) {
			return work.get();
		}
		if (display.isDisposed()) {
			throw new IllegalStateException("The workbench is closing; the diagram no longer reaches the model");
		}
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		display.syncExec(() -> {
			try {
				result.set(work.get());
			} catch (RuntimeException e) {
				failure.set(e);
			}
		});
		if (failure.get() != null) {
			throw failure.get();
		}
		return result.get();
	}

	@Override
	public void save() throws IOException {
		// The editor says itself why a save failed (a dialog naming the file); the diagram only learns that it did.
		boolean saved = call(() -> {
			editor.doSave(new NullProgressMonitor());
			return !editor.isDirty();
		});
		if (!saved) {
			throw new IOException(editor.edited().file() + " was not saved");
		}
	}
}
