package org.outsidein.diagram.svg;

import org.outsidein.diagram.description.NodeShape;

/** The SVG outline of each node shape. */
final class Shapes {

	private static final double NOTE_FOLD = 10;

	private Shapes() {
	}

	static void append(StringBuilder svg, NodeShape shape, double x, double y, double w, double h, String paint) {
		switch (shape == null ? NodeShape.RECTANGLE : shape) {
		case ROUNDED -> svg.append("<rect x=\"").append(SvgWriter.number(x)).append("\" y=\"").append(SvgWriter.number(y))
				.append("\" width=\"").append(SvgWriter.number(w)).append("\" height=\"").append(SvgWriter.number(h))
				.append("\" rx=\"10\"").append(paint).append("/>");
		case ELLIPSE -> svg.append("<ellipse cx=\"").append(SvgWriter.number(x + w / 2)).append("\" cy=\"")
				.append(SvgWriter.number(y + h / 2)).append("\" rx=\"").append(SvgWriter.number(w / 2)).append("\" ry=\"")
				.append(SvgWriter.number(h / 2)).append('"').append(paint).append("/>");
		case DIAMOND -> polygon(svg, paint, x + w / 2, y, x + w, y + h / 2, x + w / 2, y + h, x, y + h / 2);
		case NOTE -> polygon(svg, paint, x, y, x + w - NOTE_FOLD, y, x + w, y + NOTE_FOLD, x + w, y + h, x, y + h);
		default -> svg.append("<rect x=\"").append(SvgWriter.number(x)).append("\" y=\"").append(SvgWriter.number(y))
				.append("\" width=\"").append(SvgWriter.number(w)).append("\" height=\"").append(SvgWriter.number(h))
				.append('"').append(paint).append("/>");
		}
	}

	private static void polygon(StringBuilder svg, String paint, double... points) {
		svg.append("<polygon points=\"");
		for (int i = 0; i < points.length; i += 2) {
			svg.append(SvgWriter.number(points[i])).append(',').append(SvgWriter.number(points[i + 1]))
					.append(i + 2 < points.length ? " " : "");
		}
		svg.append('"').append(paint).append("/>");
	}
}
