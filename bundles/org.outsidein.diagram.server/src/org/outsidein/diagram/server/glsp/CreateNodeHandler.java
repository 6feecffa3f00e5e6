package org.outsidein.diagram.server.glsp;

import java.util.List;
import java.util.Optional;

import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.outsidein.diagram.server.source.DiagramOperation;
import org.outsidein.diagram.server.source.DiagramTool;

/** A palette tool used on a container (or on the diagram). */
public class CreateNodeHandler extends SourceOperationHandler<CreateNodeOperation>
		implements CreateOperationHandler<CreateNodeOperation> {

	@Override
	public List<String> getHandledElementTypeIds() {
		return source.tools().stream().filter(tool -> !tool.isEdgeTool()).map(DiagramTool::id).toList();
	}

	@Override
	public boolean handles(org.eclipse.glsp.server.operations.Operation operation) {
		return CreateOperationHandler.super.handles(operation);
	}

	@Override
	protected Optional<DiagramOperation> translate(CreateNodeOperation operation) {
		String container = SourceGModelFactory.ROOT_ID.equals(operation.getContainerId()) ? null
				: operation.getContainerId();
		return Optional.of(new DiagramOperation.Create(operation.getElementTypeId(), container));
	}
}
