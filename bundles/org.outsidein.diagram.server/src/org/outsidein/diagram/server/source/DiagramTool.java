package org.outsidein.diagram.server.source;

import java.util.List;

/**
 * A palette entry that creates an element: {@code elementType} is what it creates, {@code containerTypes} the node
 * types it may be dropped into (none: onto the diagram itself).
 */
public record DiagramTool(String id, String label, String elementType, List<String> containerTypes) {

	public DiagramTool {
		containerTypes = List.copyOf(containerTypes);
	}
}
