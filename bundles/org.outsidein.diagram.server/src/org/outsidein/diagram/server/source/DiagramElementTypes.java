package org.outsidein.diagram.server.source;

/**
 * The element types the web client draws. Nodes are {@code node:KIND} and edges {@code edge:KIND} for any kind a
 * source wants (a description's mapping name, say): the client draws every one of them from its style
 * ({@link DiagramStyle}), so a new kind needs no client code (client/src/styled-views.ts). Labels are one of the two
 * below. What an element means stays in the source.
 */
public final class DiagramElementTypes {

	public static final String CONTAINER = "node:container";
	public static final String ELEMENT = "node:element";
	public static final String EDGE = "edge";
	/** A container's title, or a label that cannot be edited. */
	public static final String HEADING = "label:heading";
	/** An element's name: renamed by editing it in place. */
	public static final String NAME = "label:name";

	private static final String NODE_PREFIX = "node:";
	private static final String EDGE_PREFIX = "edge:";
	private static final String AGGREGATE_SUFFIX = ":aggregate";
	private static final String FOLDED_SUFFIX = ":folded";

	private DiagramElementTypes() {
	}

	public static String node(String kind) {
		return NODE_PREFIX + kind;
	}

	/**
	 * A node standing for the elements of a kind beyond what is drawn. A subtype of the kind's node type (GLSP's type
	 * hints look a type up by its prefixes), so it must be given hints of its own.
	 */
	public static String aggregate(String kind) {
		return NODE_PREFIX + kind + AGGREGATE_SUFFIX;
	}

	public static String edge(String kind) {
		return EDGE_PREFIX + kind;
	}

	/** An edge standing for many of a kind into one container: a subtype of the kind's edge type, never deleted. */
	public static String folded(String kind) {
		return EDGE_PREFIX + kind + FOLDED_SUFFIX;
	}
}
