package org.outsidein.diagram.server.glsp;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.ChangeRoutingPointsOperation;

/**
 * Edges are drawn straight between their ends, wherever the ends go: the routing points the client sends along with
 * a move of a connected node change nothing. Handled, though, or the whole move (one compound operation) would fail.
 */
public class RoutingPointsHandler extends BasicOperationHandler<ChangeRoutingPointsOperation> {

	@Override
	public Optional<Command> createCommand(ChangeRoutingPointsOperation operation) {
		return Optional.empty();
	}
}
