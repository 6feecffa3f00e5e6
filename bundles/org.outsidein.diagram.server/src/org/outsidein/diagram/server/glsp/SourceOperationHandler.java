package org.outsidein.diagram.server.glsp;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.Operation;
import org.outsidein.diagram.server.DiagramSession;
import org.outsidein.diagram.server.source.DiagramOperation;
import org.outsidein.diagram.server.source.DiagramSource;

import com.google.inject.Inject;

/**
 * A GLSP operation translated into the source's terms; the source's command is what GLSP executes, on the session's
 * stack. A command that cannot execute is dropped, so a refused edit leaves no empty step in the undo history.
 */
abstract class SourceOperationHandler<O extends Operation> extends BasicOperationHandler<O> {

	@Inject
	protected DiagramSession session;

	@Inject
	protected DiagramSource source;

	@Override
	public Optional<Command> createCommand(O operation) {
		// Working out the command reads the model: through the session's access, like every other read.
		return translate(operation).flatMap(edit -> session.access().call(() -> {
			Command command = source.apply(edit);
			return command.canExecute() ? Optional.of(command) : Optional.<Command> empty();
		}));
	}

	/** Empty when the operation means nothing to the source. */
	protected abstract Optional<DiagramOperation> translate(O operation);
}
