package org.outsidein.diagram.svg;

import java.util.Locale;

import org.outsidein.diagram.description.EdgeStyle;
import org.outsidein.diagram.description.LineStyle;
import org.outsidein.diagram.description.NodeStyle;
import org.outsidein.diagram.graph.DiagramEdge;
import org.outsidein.diagram.graph.DiagramGraph;
import org.outsidein.diagram.graph.DiagramNode;
import org.outsidein.diagram.layout.LabelSizes;

/**
 * Writes a laid-out diagram as one standalone SVG document: boxes in their styles, containers behind their children,
 * edges on top with arrow heads. Every text from the model is escaped; each element carries its diagram id in
 * {@code data-id}, so a browser client can find it.
 */
public final class SvgWriter {

	private final StringBuilder svg = new StringBuilder();

	private SvgWriter() {
	}

	public static String write(DiagramGraph graph, String title) {
		return new SvgWriter().document(graph, title);
	}

	private String document(DiagramGraph graph, String title) {
		double width = Math.ceil(graph.width() + 20);
		double height = Math.ceil(graph.height() + 20);
		svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(number(width)).append("\" height=\"")
				.append(number(height)).append("\" viewBox=\"0 0 ").append(number(width)).append(' ')
				.append(number(height)).append("\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"")
				.append(number(LabelSizes.FONT_SIZE)).append("\">\n");
		svg.append("<title>").append(Xml.escape(title)).append("</title>\n");
		// Arrow heads keep one size whatever the line's width (a folded edge is drawn wider).
		svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" "
				+ "markerHeight=\"8\" markerUnits=\"userSpaceOnUse\" orient=\"auto-start-reverse\">"
				+ "<path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"context-stroke\"/></marker></defs>\n");
		svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
		for (DiagramNode node : graph.nodes()) {
			node(node);
		}
		for (DiagramEdge edge : graph.edges()) {
			edge(edge);
		}
		svg.append("</svg>\n");
		return svg.toString();
	}

	private void node(DiagramNode node) {
		NodeStyle style = node.style();
		double x = node.absoluteX();
		double y = node.absoluteY();
		double w = node.bounds().width;
		double h = node.bounds().height;
		svg.append("<g data-id=\"").append(Xml.escape(node.id())).append("\" data-mapping=\"")
				.append(Xml.escape(node.mapping())).append("\">");
		String paint = " fill=\"" + colour(style == null ? null : style.getColor(), "#ffffff") + "\" stroke=\""
				+ colour(style == null ? null : style.getBorderColor(), "#555555") + "\" stroke-width=\"1.5\""
				+ (node.isAggregate() ? " stroke-dasharray=\"4 3\"" : "");
		Shapes.append(svg, style == null ? null : style.getShape(), x, y, w, h, paint);
		double textY = node.isContainer() ? y + LabelSizes.CONTAINER_HEADER / 2 + 8 : y + h / 2 + 4;
		svg.append("<text x=\"").append(number(x + w / 2)).append("\" y=\"").append(number(textY))
				.append("\" text-anchor=\"middle\" fill=\"").append(colour(style == null ? null : style.getLabelColor(),
						"#222222")).append('"');
		if (style != null && style.isBold()) {
			svg.append(" font-weight=\"bold\"");
		}
		svg.append('>').append(Xml.escape(node.label())).append("</text></g>\n");
		for (DiagramNode child : node.children()) {
			node(child);
		}
	}

	private void edge(DiagramEdge edge) {
		if (edge.route().size() < 2) {
			return;
		}
		EdgeStyle style = edge.style();
		svg.append("<polyline data-id=\"").append(Xml.escape(edge.id())).append("\" data-mapping=\"")
				.append(Xml.escape(edge.mapping())).append("\" fill=\"none\" stroke=\"")
				.append(colour(style == null ? null : style.getColor(), "#555555")).append("\" stroke-width=\"")
				.append(edge.width()).append('"');
		if (style != null && style.getLineStyle() == LineStyle.DASHED) {
			svg.append(" stroke-dasharray=\"6 4\"");
		} else if (style != null && style.getLineStyle() == LineStyle.DOTTED) {
			svg.append(" stroke-dasharray=\"2 3\"");
		}
		if (style == null || style.isTargetArrow()) {
			svg.append(" marker-end=\"url(#arrow)\"");
		}
		svg.append(" points=\"");
		for (double[] point : edge.route()) {
			svg.append(number(point[0])).append(',').append(number(point[1])).append(' ');
		}
		svg.setLength(svg.length() - 1);
		svg.append("\"/>\n");
		if (edge.label() != null && !edge.label().isEmpty()) {
			double[] middle = edge.route().get(edge.route().size() / 2);
			svg.append("<text x=\"").append(number(middle[0])).append("\" y=\"").append(number(middle[1] - 4))
					.append("\" font-size=\"10\" fill=\"#555555\">").append(Xml.escape(edge.label())).append("</text>\n");
		}
	}

	/** A colour from a description, used only when it is a plain #rgb or #rrggbb: nothing else reaches the SVG. */
	private static String colour(String value, String fallback) {
		return value != null && value.matches("#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?") ? value : fallback;
	}

	static String number(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
	}
}
