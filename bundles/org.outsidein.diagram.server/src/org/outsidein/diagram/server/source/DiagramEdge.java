package org.outsidein.diagram.server.source;

import java.util.Map;

/** A line between two nodes of the same graph, by their ids, drawn in {@code style} ({@link DiagramStyle}'s keys). */
public record DiagramEdge(String id, String type, String sourceId, String targetId, Map<String, String> style) {

	public DiagramEdge {
		style = Map.copyOf(style);
	}

	public DiagramEdge(String id, String type, String sourceId, String targetId) {
		this(id, type, sourceId, targetId, Map.of());
	}
}
