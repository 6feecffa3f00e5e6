package org.outsidein.diagram.server.glsp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.model.GModelState;
import org.outsidein.diagram.server.DiagramSession;
import org.outsidein.diagram.server.source.DiagramEdge;
import org.outsidein.diagram.server.source.DiagramElementTypes;
import org.outsidein.diagram.server.source.DiagramGraph;
import org.outsidein.diagram.server.source.DiagramNode;
import org.outsidein.diagram.server.source.DiagramSource;
import org.outsidein.diagram.server.source.DiagramStyle;

import com.google.inject.Inject;

/**
 * Turns the session's plain graph into GLSP's graph model, afresh after every change. Each element carries its
 * style as arguments, which the client draws from; labels sit centred (at the top, in a container).
 */
public class SourceGModelFactory implements GModelFactory {

	static final String ROOT_ID = "diagram";
	private static final double HEADING_TOP = 20;
	private static final double BASELINE_OFFSET = 4;

	@Inject
	private DiagramSession session;

	@Inject
	private DiagramSource source;

	@Inject
	private GModelState modelState;

	@Override
	public void createGModel() {
		DiagramGraph graph = session.graph(source.diagramType());
		GGraph built = build(graph);
		// GLSP numbers each model it sends one above the current root's revision: carry the revision over to the
		// fresh root, or every update would be revision 1 and the client could not tell them apart.
		if (modelState.getRoot() != null) {
			built.setRevision(modelState.getRoot().getRevision());
		}
		modelState.updateRoot(built);
	}

	/** GLSP's graph model of a plain graph. */
	public static GGraph build(DiagramGraph graph) {
		GGraphBuilder root = new GGraphBuilder().id(ROOT_ID);
		graph.nodes().forEach(node -> root.add(node(node)));
		graph.edges().forEach(edge -> root.add(edge(edge)));
		return root.build();
	}

	private static GModelElement node(DiagramNode node) {
		GNodeBuilder builder = new GNodeBuilder(node.type()).id(node.id()).addCssClass(cssClassOf(node.type()))
				.addArguments(arguments(node.style()))
				.position(node.bounds().x(), node.bounds().y()).size(node.bounds().width(), node.bounds().height())
				.add(label(node));
		if ("true".equals(node.style().get(DiagramStyle.AGGREGATE))) {
			builder.addCssClass("aggregate");
		}
		List<DiagramNode> children = node.children();
		children.forEach(child -> builder.add(node(child)));
		return builder.build();
	}

	private static GModelElement label(DiagramNode node) {
		boolean heading = node.isContainer();
		String type = heading || !node.editable() ? DiagramElementTypes.HEADING : DiagramElementTypes.NAME;
		Map<String, Object> style = new HashMap<>();
		copy(node.style(), style, DiagramStyle.LABEL_COLOUR);
		copy(node.style(), style, DiagramStyle.BOLD);
		double y = heading ? HEADING_TOP : node.bounds().height() / 2 + BASELINE_OFFSET;
		return new GLabelBuilder(type).id(Labels.idOf(node.id())).addCssClass(cssClassOf(type)).addArguments(style)
				.text(node.label()).position(node.bounds().width() / 2, y).build();
	}

	/** The client styles (and tests find) elements by type: "node:element" becomes the CSS class "node-element". */
	static String cssClassOf(String type) {
		return type.replaceAll("[^A-Za-z0-9_-]", "-");
	}

	private static GModelElement edge(DiagramEdge edge) {
		return new GEdgeBuilder(edge.type()).id(edge.id()).addCssClass(cssClassOf(edge.type()))
				.addArguments(arguments(edge.style())).sourceId(edge.sourceId()).targetId(edge.targetId()).build();
	}

	private static Map<String, Object> arguments(Map<String, String> style) {
		return new HashMap<>(style);
	}

	private static void copy(Map<String, String> from, Map<String, Object> to, String key) {
		if (from.containsKey(key)) {
			to.put(key, from.get(key));
		}
	}
}
