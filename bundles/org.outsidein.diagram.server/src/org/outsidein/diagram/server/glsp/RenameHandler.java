package org.outsidein.diagram.server.glsp;

import java.util.Optional;

import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.outsidein.diagram.server.source.DiagramOperation;

/** A label edited in place renames its node's element. */
public class RenameHandler extends SourceOperationHandler<ApplyLabelEditOperation> {

	@Override
	protected Optional<DiagramOperation> translate(ApplyLabelEditOperation operation) {
		return Labels.nodeIdOf(operation.getLabelId())
				.map(nodeId -> new DiagramOperation.Rename(nodeId, operation.getText()));
	}
}
