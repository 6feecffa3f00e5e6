package org.outsidein.diagram.server.glsp;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.model.DefaultGModelState;
import org.eclipse.glsp.server.session.ClientSession;
import org.eclipse.glsp.server.session.ClientSessionListener;
import org.eclipse.glsp.server.session.ClientSessionManager;
import org.outsidein.diagram.server.DiagramSession;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * GLSP's model state, executing on the session's command stack instead of a stack of its own: the diagram's
 * undo and redo are the model's, shared with whoever else edits it; and when someone else changes the model, this
 * tab is redrawn.
 */
public class SharedStackModelState extends DefaultGModelState {

	@Inject
	private DiagramSession session;

	/** A provider: the dispatcher needs the model state, so it cannot be handed over while this is being made. */
	@Inject
	private Provider<ActionDispatcher> dispatcher;

	/** Set while this tab's own edit, undo or redo runs, so that only changes made elsewhere trigger a redraw. */
	private volatile boolean ownChange;

	@Inject
	private ClientSessionManager sessions;

	private final CommandStackListener changedElsewhere = event -> {
		if (!ownChange && !dispatcher.get().isDisposed()) {
			dispatcher.get().dispatch(new ModelChangedElsewhere());
		}
	};

	@Override
	@Inject
	public void init() {
		// Injected fields are set before @Inject methods run, so the session is here.
		setCommandStack(session.commandStack());
		session.commandStack().addCommandStackListener(changedElsewhere);
		// The stack outlives the tab: stop listening when the tab goes. Not from inside the listener, as the stack
		// walks its listeners with a plain iterator.
		sessions.addListener(new ClientSessionListener() {
			@Override
			public void sessionDisposed(ClientSession closed) {
				session.access().run(() -> session.commandStack().removeCommandStackListener(changedElsewhere));
			}
		}, clientId);
	}

	// Each browser tab is a client session on a thread of its own, and they all edit the one model: changes and
	// redraws take turns through the session's access (a lock on the command line, the UI thread in the workbench).

	@Override
	public void execute(Command command) {
		asOwnChange(() -> super.execute(command));
	}

	@Override
	public void undo() {
		asOwnChange(super::undo);
	}

	@Override
	public void redo() {
		asOwnChange(super::redo);
	}

	private void asOwnChange(Runnable change) {
		session.access().run(() -> {
			ownChange = true;
			try {
				change.run();
			} finally {
				ownChange = false;
			}
		});
	}
}
