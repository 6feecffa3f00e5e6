package org.outsidein.diagram.server.glsp;

import java.util.List;

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

import com.google.inject.Inject;

/** Turns the session's plain graph into GLSP's graph model, afresh after every change. */
public class SourceGModelFactory implements GModelFactory {

	static final String ROOT_ID = "diagram";
	private static final double LABEL_INSET = 10;
	private static final double HEADING_TOP = 8;
	private static final double NAME_TOP = 10;

	@Inject
	private DiagramSession session;

	@Inject
	private GModelState modelState;

	@Override
	public void createGModel() {
		DiagramGraph graph = session.graph();
		GGraphBuilder root = new GGraphBuilder().id(ROOT_ID);
		graph.nodes().forEach(node -> root.add(node(node)));
		graph.edges().forEach(edge -> root.add(edge(edge)));
		GGraph built = root.build();
		// GLSP numbers each model it sends one above the current root's revision: carry the revision over to the
		// fresh root, or every update would be revision 1 and the client could not tell them apart.
		if (modelState.getRoot() != null) {
			built.setRevision(modelState.getRoot().getRevision());
		}
		modelState.updateRoot(built);
	}

	private static GModelElement node(DiagramNode node) {
		GNodeBuilder builder = new GNodeBuilder(node.type()).id(node.id()).addCssClass(cssClassOf(node.type()))
				.position(node.bounds().x(), node.bounds().y()).size(node.bounds().width(), node.bounds().height())
				.add(label(node));
		List<DiagramNode> children = node.children();
		children.forEach(child -> builder.add(node(child)));
		return builder.build();
	}

	private static GModelElement label(DiagramNode node) {
		boolean heading = node.isContainer();
		String type = heading || !node.editable() ? DiagramElementTypes.HEADING : DiagramElementTypes.NAME;
		return new GLabelBuilder(type).id(Labels.idOf(node.id())).addCssClass(cssClassOf(type)).text(node.label())
				.position(LABEL_INSET, heading ? HEADING_TOP : NAME_TOP).build();
	}

	/** The client styles (and tests find) elements by type: "node:element" becomes the CSS class "node-element". */
	static String cssClassOf(String type) {
		return type.replace(':', '-');
	}

	private static GModelElement edge(DiagramEdge edge) {
		return new GEdgeBuilder(edge.type()).id(edge.id()).sourceId(edge.sourceId()).targetId(edge.targetId()).build();
	}
}
