package org.outsidein.diagram.server.source;

/**
 * The element types the web client knows how to draw (client/src/diagram-module.ts): keep the two lists in step.
 * A source picks among them; what an element means stays in the source.
 */
public final class DiagramElementTypes {

	public static final String CONTAINER = "node:container";
	public static final String ELEMENT = "node:element";
	public static final String EDGE = "edge";
	/** A container's title: not editable. */
	public static final String HEADING = "label:heading";
	/** An element's name: renamed by editing it in place. */
	public static final String NAME = "label:name";

	private DiagramElementTypes() {
	}
}
