package org.outsidein.diagram.ui;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.outsidein.diagram.descriptions.CompiledDescription;
import org.outsidein.diagram.graph.DiagramGraph;
import org.outsidein.diagram.graph.DiagramNode;
import org.outsidein.diagram.interpreter.DiagramInterpreter;
import org.outsidein.diagram.layout.DiagramLayout;
import org.outsidein.diagram.svg.SvgWriter;
import org.outsidein.model.OutsideInModel;

/**
 * One drawing of a model as a page for the browser: the laid-out SVG, a script that reports clicks on its elements
 * to {@link #SELECT}, and which element each drawn id stands for.
 */
public final class DiagramPage {

	/** The browser function a click on a drawn element calls with the element's id. */
	static final String SELECT = "outsideinSelect";

	private final String svg;
	private final String html;
	private final Map<String, EObject> elements = new HashMap<>();
	private final int nodes;

	private DiagramPage(String svg, String html, DiagramGraph graph) {
		this.svg = svg;
		this.html = html;
		for (DiagramNode node : graph.allNodes()) {
			if (node.element() != null && !node.isAggregate()) {
				elements.put(node.id(), node.element());
			}
		}
		this.nodes = graph.allNodes().size();
	}

	static DiagramPage draw(CompiledDescription description, OutsideInModel model) {
		DiagramGraph graph = DiagramInterpreter.interpret(description, model);
		DiagramLayout.layout(graph);
		String svg = SvgWriter.write(graph, description.label());
		// the SVG is model text escaped by SvgWriter; the script only forwards the ids it carries. The drawing is
		// scaled down to the view's width, so the whole diagram is in sight; maximising the view enlarges it
		String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>body{margin:0;background:#fff}svg{max-width:100%;height:auto}"
				+ "[data-id]{cursor:pointer}.selected>*:first-child{stroke:#e8590c;stroke-width:3px}</style></head><body>"
				+ svg + "<script>document.querySelectorAll('g[data-id]').forEach(function (e) {"
				+ "e.addEventListener('click', function (event) { event.stopPropagation();"
				+ "document.querySelectorAll('.selected').forEach(function (s) { s.classList.remove('selected'); });"
				+ "e.classList.add('selected'); " + SELECT + "(e.getAttribute('data-id')); }); });</script></body></html>";
		return new DiagramPage(svg, html, graph);
	}

	/** The drawing alone, a standalone SVG file's content. */
	public String svg() {
		return svg;
	}

	public String html() {
		return html;
	}

	/** The model element a drawn id stands for, or null (an aggregate, a drawing element). */
	public EObject element(String id) {
		return elements.get(id);
	}

	public int nodes() {
		return nodes;
	}
}
