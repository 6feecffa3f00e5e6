package org.outsidein.diagram.ui;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPropertyListener;
import org.outsidein.diagram.server.DiagramSession;
import org.outsidein.diagram.server.source.DiagramSource;
import org.outsidein.diagram.server.web.DiagramServer;
import org.outsidein.ui.editor.ModelEditor;

/**
 * A diagram of the model in a model editor, served to the workbench's own browser by an in-process diagram server
 * (on 127.0.0.1, behind its session token, as {@code outsidein serve} does). Every edit made on it runs on the
 * editor's command stack, on the UI thread: Undo and Redo are one history with the form pages.
 */
final class HostedDiagram {

	private final ModelEditor editor;
	private final DiagramSession session;
	private final DiagramServer server;
	/** Nodes the user moved are kept in the layout file, written when the editor saves the model (Ctrl+S included). */
	private final IPropertyListener savedByEditor;

	private HostedDiagram(ModelEditor editor, DiagramSession session, DiagramServer server) {
		this.editor = editor;
		this.session = session;
		this.server = server;
		this.savedByEditor = (part, property) -> {
			if (property == IEditorPart.PROP_DIRTY && !editor.isDirty()) {
				try {
					session.saveLayout();
				} catch (IOException e) {
					MessageDialog.openError(editor.getSite().getShell(), "Cannot save the diagram layout",
							"Where nodes were moved could not be written beside " + session.modelFile() + ": "
									+ e.getMessage());
				}
			}
		};
		editor.addPropertyListener(savedByEditor);
	}

	static HostedDiagram start(ModelEditor editor, DiagramSource source) throws Exception {
		DiagramSession session = new DiagramSession(editor.edited().file(), editor.edited().model(),
				new EditorModelAccess(editor),
				editor.edited().commandStack(), source);
		return new HostedDiagram(editor, session, new DiagramServer(session).start(0));
	}

	DiagramSession session() {
		return session;
	}

	DiagramSource source() {
		return session.source();
	}

	/** The page that shows the diagram, with the session token. */
	URI page() {
		return URI.create(server.pageUri() + "&diagram="
				+ URLEncoder.encode(session.source().diagramType(), StandardCharsets.UTF_8) + "&embedded");
	}

	/**
	 * Stops the server. Not on the UI thread, and not waited for: the server's threads may be waiting for the UI
	 * thread to run an edit, so the UI thread must not wait for them.
	 */
	void close() {
		editor.removePropertyListener(savedByEditor);
		session.close();
		Thread stopping = new Thread(() -> {
			try {
				server.close();
			} catch (Exception e) {
				// the port is freed when the process ends; nothing the user could act on
			}
		}, "Outside-In diagram server stop");
		stopping.setDaemon(true);
		stopping.start();
	}
}
