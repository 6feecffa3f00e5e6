package org.outsidein.diagram.server.source;

/** A line between two nodes of the same graph, by their ids. */
public record DiagramEdge(String id, String type, String sourceId, String targetId) {
}
