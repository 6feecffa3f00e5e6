package org.outsidein.diagram.server.source;

import java.util.List;

/**
 * A palette entry. A node tool creates an element: {@code elementType} is the node type it makes,
 * {@code containerTypes} the node types it may be used on (none: the diagram itself). An edge tool connects two
 * nodes: {@code sourceTypes} and {@code targetTypes} are the node types it may start and end at.
 */
public record DiagramTool(String id, String label, Kind kind, String elementType, List<String> containerTypes,
		List<String> sourceTypes, List<String> targetTypes) {

	public enum Kind {
		NODE, EDGE
	}

	public DiagramTool {
		containerTypes = List.copyOf(containerTypes);
		sourceTypes = List.copyOf(sourceTypes);
		targetTypes = List.copyOf(targetTypes);
	}

	/** A node tool. */
	public DiagramTool(String id, String label, String elementType, List<String> containerTypes) {
		this(id, label, Kind.NODE, elementType, containerTypes, List.of(), List.of());
	}

	public static DiagramTool edge(String id, String label, String edgeType, List<String> sourceTypes,
			List<String> targetTypes) {
		return new DiagramTool(id, label, Kind.EDGE, edgeType, List.of(), sourceTypes, targetTypes);
	}

	public boolean isEdgeTool() {
		return kind == Kind.EDGE;
	}
}
