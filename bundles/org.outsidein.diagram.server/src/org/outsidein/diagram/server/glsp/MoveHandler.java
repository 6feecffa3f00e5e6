package org.outsidein.diagram.server.glsp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.outsidein.diagram.server.DiagramSession;
import org.outsidein.diagram.server.layout.MoveNodesCommand;
import org.outsidein.diagram.server.layout.NodePositions;
import org.outsidein.diagram.server.source.DiagramSource;

import com.google.inject.Inject;

/**
 * Moving nodes changes the layout, not the model, whatever the source: so it is handled here, once, rather than by
 * each source. Still one command on the shared stack, so Undo takes a move back.
 */
public class MoveHandler extends BasicOperationHandler<ChangeBoundsOperation> {

	@Inject
	private DiagramSession session;

	@Inject
	private DiagramSource source;

	@Override
	public Optional<Command> createCommand(ChangeBoundsOperation operation) {
		Map<String, NodePositions.Position> moved = new LinkedHashMap<>();
		for (ElementAndBounds bounds : operation.getNewBounds()) {
			if (bounds.getNewPosition() != null) {
				moved.put(bounds.getElementId(),
						new NodePositions.Position(bounds.getNewPosition().getX(), bounds.getNewPosition().getY()));
			}
		}
		return moved.isEmpty() ? Optional.empty()
				: Optional.of(new MoveNodesCommand(session.positions(source.diagramType()), moved));
	}
}
