package org.outsidein.diagram.server.glsp;

import java.util.List;
import java.util.Optional;

import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.outsidein.diagram.server.source.DiagramOperation;
import org.outsidein.diagram.server.source.DiagramTool;

/** An edge tool drawn from one node to another. */
public class CreateEdgeHandler extends SourceOperationHandler<CreateEdgeOperation>
		implements CreateOperationHandler<CreateEdgeOperation> {

	@Override
	public List<String> getHandledElementTypeIds() {
		return source.tools().stream().filter(DiagramTool::isEdgeTool).map(DiagramTool::id).toList();
	}

	@Override
	public boolean handles(org.eclipse.glsp.server.operations.Operation operation) {
		return CreateOperationHandler.super.handles(operation);
	}

	@Override
	protected Optional<DiagramOperation> translate(CreateEdgeOperation operation) {
		return Optional.of(new DiagramOperation.Connect(operation.getElementTypeId(), operation.getSourceElementId(),
				operation.getTargetElementId()));
	}
}
