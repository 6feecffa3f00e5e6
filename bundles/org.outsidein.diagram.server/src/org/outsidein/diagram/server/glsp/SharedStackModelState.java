package org.outsidein.diagram.server.glsp;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.model.DefaultGModelState;
import org.outsidein.diagram.server.DiagramSession;

import com.google.inject.Inject;

/**
 * GLSP's model state, executing on the session's command stack instead of a stack of its own: the diagram's
 * undo and redo are the model's, shared with whoever else edits it.
 */
public class SharedStackModelState extends DefaultGModelState {

	@Inject
	private DiagramSession session;

	@Override
	@Inject
	public void init() {
		// Injected fields are set before @Inject methods run, so the session is here.
		setCommandStack(session.commandStack());
	}

	// Each browser tab is a client session on a thread of its own, and they all edit the one model: changes and
	// redraws take turns on the session (SourceGModelFactory and DiagramSession.save hold the same lock).

	@Override
	public void execute(Command command) {
		synchronized (session) {
			super.execute(command);
		}
	}

	@Override
	public void undo() {
		synchronized (session) {
			super.undo();
		}
	}

	@Override
	public void redo() {
		synchronized (session) {
			super.redo();
		}
	}
}
