package org.outsidein.diagram.server.glsp;

import java.util.Optional;

import org.eclipse.glsp.server.operations.ChangeContainerOperation;
import org.outsidein.diagram.server.source.DiagramOperation;

/** A node dragged into another container: the source's drop tool, if it has one for the two. */
public class DropHandler extends SourceOperationHandler<ChangeContainerOperation> {

	@Override
	protected Optional<DiagramOperation> translate(ChangeContainerOperation operation) {
		String container = SourceGModelFactory.ROOT_ID.equals(operation.getTargetContainerId()) ? null
				: operation.getTargetContainerId();
		return Optional.of(new DiagramOperation.Drop(operation.getElementId(), container));
	}
}
