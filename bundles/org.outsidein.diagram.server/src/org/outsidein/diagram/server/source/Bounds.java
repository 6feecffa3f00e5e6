package org.outsidein.diagram.server.source;

/** Where a node sits, relative to its parent, and how big it is. */
public record Bounds(double x, double y, double width, double height) {
}
