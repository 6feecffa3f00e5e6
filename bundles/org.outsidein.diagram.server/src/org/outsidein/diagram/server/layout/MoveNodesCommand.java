package org.outsidein.diagram.server.layout;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.command.AbstractCommand;

/**
 * Moving nodes, as a command on the same stack as the model's changes, so that Undo takes back a move as it takes
 * back a rename. It changes only the layout positions, never the model.
 */
public final class MoveNodesCommand extends AbstractCommand {

	private final NodePositions positions;
	private final Map<String, NodePositions.Position> newPositions;
	private final Map<String, NodePositions.Position> oldPositions = new LinkedHashMap<>();

	public MoveNodesCommand(NodePositions positions, Map<String, NodePositions.Position> newPositions) {
		super("Move");
		this.positions = positions;
		this.newPositions = Map.copyOf(newPositions);
	}

	@Override
	protected boolean prepare() {
		return !newPositions.isEmpty();
	}

	@Override
	public void execute() {
		newPositions.forEach((id, position) -> oldPositions.put(id, positions.put(id, position)));
	}

	@Override
	public void undo() {
		oldPositions.forEach(positions::put);
	}

	@Override
	public void redo() {
		newPositions.forEach(positions::put);
	}
}
