package org.outsidein.diagram.server.source;

/**
 * How the client draws a node or an edge: the keys of {@link DiagramNode#style()} and {@link DiagramEdge#style()},
 * passed to the browser as the element's arguments (client/src/styled-views.ts reads them). Colours are plain
 * {@code #rgb} or {@code #rrggbb}; anything else is dropped before it reaches the page.
 */
public final class DiagramStyle {

	/** {@code rectangle}, {@code rounded}, {@code ellipse}, {@code diamond} or {@code note}. */
	public static final String SHAPE = "shape";
	public static final String FILL = "fill";
	public static final String BORDER = "border";
	public static final String LABEL_COLOUR = "labelColour";
	/** {@code true}: the label in bold (how the ecosystem marks lead users, say). */
	public static final String BOLD = "bold";
	/** {@code true}: a container, its label at the top. */
	public static final String CONTAINER = "container";
	/** {@code true}: stands for several elements (a group beyond its limit); read-only. */
	public static final String AGGREGATE = "aggregate";
	/** Edges: {@code solid}, {@code dashed} or {@code dotted}. */
	public static final String LINE = "line";
	/** Edges: the stroke width in pixels. */
	public static final String WIDTH = "width";
	/** Edges: {@code true} for an arrow head at the target. */
	public static final String ARROW = "arrow";
	/** Edges: a text written at the middle of the line (how many edges a folded edge stands for). */
	public static final String TEXT = "text";
	/** Edges: how many edges this one stands for (a folded edge); absent for an ordinary edge. */
	public static final String FOLDED = "folded";

	private DiagramStyle() {
	}

	/** The colour when it is one, else {@code null}: description text never reaches the page's style unchecked. */
	public static String colour(String value) {
		return value != null && value.matches("#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?") ? value : null;
	}
}
