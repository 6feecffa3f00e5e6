package org.outsidein.diagram.layout;

/**
 * How much room a label takes, estimated without a font renderer (the diagram bundle has no display): the
 * average advance of a 12-pixel sans-serif face. Layout and the SVG writer use the same numbers, so a label fits
 * the box laid out for it.
 */
public final class LabelSizes {

	public static final double FONT_SIZE = 12;
	public static final double LINE_HEIGHT = 16;
	/** The room above a container's children, for its label. */
	public static final double CONTAINER_HEADER = 32;
	public static final double PADDING = 12;

	private static final double AVERAGE_ADVANCE = 6.6;
	private static final double BOLD_FACTOR = 1.1;

	private LabelSizes() {
	}

	public static double width(String text, boolean bold) {
		return (text == null ? 0 : text.length()) * AVERAGE_ADVANCE * (bold ? BOLD_FACTOR : 1);
	}
}
