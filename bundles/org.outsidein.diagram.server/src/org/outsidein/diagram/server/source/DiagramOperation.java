package org.outsidein.diagram.server.source;

import java.util.List;

/** An edit made on the diagram, in the diagram's terms (tools and node ids), for a {@link DiagramSource} to apply. */
public sealed interface DiagramOperation {

	/** The tool used, and the container it was used on ({@code null}: the diagram itself). */
	record Create(String toolId, String containerId) implements DiagramOperation {
	}

	/** An edge tool drawn from one node to another. */
	record Connect(String toolId, String sourceId, String targetId) implements DiagramOperation {
	}

	/** Nodes or edges deleted. */
	record Delete(List<String> nodeIds) implements DiagramOperation {
		public Delete {
			nodeIds = List.copyOf(nodeIds);
		}
	}

	record Rename(String nodeId, String newLabel) implements DiagramOperation {
	}

	/** A node dragged into another container ({@code null}: onto the diagram itself). */
	record Drop(String nodeId, String containerId) implements DiagramOperation {
	}
}
