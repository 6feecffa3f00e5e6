package org.outsidein.diagram.server.glsp;

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
}
