package org.outsidein.reports.charts;

import java.util.Locale;

/**
 * A small SVG writer. Styling is in presentation attributes, not CSS classes, so the same chart renders in a
 * browser and in the PDF renderer, which does not see the page's style sheet. All text is escaped.
 */
public final class Svg {

	public static final String INK = "#1f2933";
	public static final String GRID = "#cbd2d9";
	public static final String ACCENT = "#0b7285";
	public static final String WARN = "#c92a2a";
	public static final String MUTED = "#7b8794";

	private final StringBuilder out = new StringBuilder(4096);

	public Svg(int width, int height, String title) {
		out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
				.append("\" width=\"").append(width).append("\" height=\"").append(height)
				.append("\" role=\"img\" aria-label=\"").append(escape(title)).append("\" font-family=\"Helvetica, Arial, sans-serif\">")
				.append("<title>").append(escape(title)).append("</title>");
	}

	public Svg line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {
		out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
				.append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
				.append(n(width)).append('"').append(dashed ? " stroke-dasharray=\"4 3\"" : "").append("/>");
		return this;
	}

	/** A closed shape through the points (x0, y0, x1, y1, ...). */
	public Svg polygon(double[] points, String fill, double fillOpacity, String stroke, double width, boolean dashed) {
		out.append("<polygon points=\"");
		for (int i = 0; i < points.length; i += 2) {
			out.append(i == 0 ? "" : " ").append(n(points[i])).append(',').append(n(points[i + 1]));
		}
		out.append("\" fill=\"").append(fill).append("\" fill-opacity=\"").append(n(fillOpacity)).append("\" stroke=\"")
				.append(stroke).append("\" stroke-width=\"").append(n(width)).append('"')
				.append(dashed ? " stroke-dasharray=\"5 3\"" : "").append("/>");
		return this;
	}

	public Svg circle(double cx, double cy, double r, String fill) {
		out.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
				.append("\" fill=\"").append(fill).append("\"/>");
		return this;
	}

	public Svg rect(double x, double y, double width, double height, String fill) {
		out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(width))
				.append("\" height=\"").append(n(height)).append("\" fill=\"").append(fill).append("\"/>");
		return this;
	}

	/** An unfilled path, such as a gauge's arc. */
	public Svg path(String d, String stroke, double width) {
		out.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(stroke)
				.append("\" stroke-width=\"").append(n(width)).append("\"/>");
		return this;
	}

	/** @param anchor start, middle or end */
	public Svg text(double x, double y, String text, String anchor, double size, String fill, boolean bold) {
		out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"").append(anchor)
				.append("\" font-size=\"").append(n(size)).append("\" fill=\"").append(fill).append('"')
				.append(bold ? " font-weight=\"bold\"" : "").append('>').append(escape(text)).append("</text>");
		return this;
	}

	/** Text read bottom to top, for a vertical axis. */
	public Svg verticalText(double x, double y, String text, double size, String fill) {
		out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"middle\" font-size=\"")
				.append(n(size)).append("\" fill=\"").append(fill).append("\" transform=\"rotate(-90 ").append(n(x))
				.append(' ').append(n(y)).append(")\">").append(escape(text)).append("</text>");
		return this;
	}

	/** Splits a label into at most two lines of about {@code width} characters, cutting what is left. */
	public static String[] wrap(String text, int width) {
		if (text == null || text.length() <= width) {
			return new String[] { text == null ? "" : text };
		}
		int cut = text.lastIndexOf(' ', width);
		if (cut <= 0) {
			return new String[] { shorten(text, width) };
		}
		return new String[] { text.substring(0, cut), shorten(text.substring(cut + 1), width) };
	}

	@Override
	public String toString() {
		return out + "</svg>";
	}

	/** Coordinates with at most one decimal, always with a dot. */
	static String n(double value) {
		double rounded = Math.round(value * 10) / 10.0;
		return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded);
	}

	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '<' -> escaped.append("&lt;");
			case '>' -> escaped.append("&gt;");
			case '&' -> escaped.append("&amp;");
			case '"' -> escaped.append("&quot;");
			case '\'' -> escaped.append("&#39;");
			default -> {
				// characters XML 1.0 forbids are dropped rather than breaking the document
				if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
					escaped.append(c);
				}
			}
			}
		}
		return escaped.toString();
	}

	/** Long labels are cut with an ellipsis so that they stay inside the chart. */
	public static String shorten(String text, int max) {
		if (text == null) {
			return "";
		}
		return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "…";
	}
}
