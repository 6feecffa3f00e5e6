package org.outsidein.diagram.server.glsp;

import java.util.Optional;

import org.eclipse.glsp.server.operations.DeleteOperation;
import org.outsidein.diagram.server.source.DiagramOperation;

/** Deleting the selected nodes. */
public class DeleteHandler extends SourceOperationHandler<DeleteOperation> {

	@Override
	protected Optional<DiagramOperation> translate(DeleteOperation operation) {
		return Optional.of(new DiagramOperation.Delete(operation.getElementIds()));
	}
}
