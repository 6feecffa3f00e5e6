package org.outsidein.diagram.server.glsp;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.graph.DefaultTypes;
import org.eclipse.glsp.graph.GraphExtension;
import org.eclipse.glsp.graph.GraphPackage;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.layout.ServerLayoutKind;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;
import org.outsidein.diagram.server.DiagramSession;
import org.outsidein.diagram.server.source.DiagramElementTypes;
import org.outsidein.diagram.server.source.DiagramTool;

import com.google.inject.Inject;

/**
 * What the client may do with each element type: containers stay put in the model but may be moved on the page;
 * elements may be moved and deleted; a tool's elements may be created in the containers it names.
 */
public class SourceDiagramConfiguration implements DiagramConfiguration {

	@Inject
	private DiagramSession session;

	@Override
	public String getDiagramType() {
		return session.source().diagramType();
	}

	@Override
	public Map<String, EClass> getTypeMappings() {
		Map<String, EClass> mappings = DefaultTypes.getDefaultTypeMappings();
		mappings.put(DiagramElementTypes.CONTAINER, GraphPackage.Literals.GNODE);
		mappings.put(DiagramElementTypes.ELEMENT, GraphPackage.Literals.GNODE);
		mappings.put(DiagramElementTypes.HEADING, GraphPackage.Literals.GLABEL);
		mappings.put(DiagramElementTypes.NAME, GraphPackage.Literals.GLABEL);
		return mappings;
	}

	@Override
	public List<ShapeTypeHint> getShapeTypeHints() {
		// The client asks whether a container takes what a palette entry creates by the entry's id.
		List<String> creatableInContainers = session.source().tools().stream()
				.filter(tool -> tool.containerTypes().contains(DiagramElementTypes.CONTAINER)).map(DiagramTool::id)
				.toList();
		return List.of(
				new ShapeTypeHint(DiagramElementTypes.CONTAINER, true, false, false, false, creatableInContainers),
				new ShapeTypeHint(DiagramElementTypes.ELEMENT, true, true, false, false, List.of()));
	}

	@Override
	public List<EdgeTypeHint> getEdgeTypeHints() {
		return List.of(new EdgeTypeHint(DiagramElementTypes.EDGE, false, false, false, List.of(), List.of()));
	}

	@Override
	public Optional<GraphExtension> getGraphExtension() {
		return Optional.empty();
	}

	@Override
	public ServerLayoutKind getLayoutKind() {
		return ServerLayoutKind.MANUAL;
	}

	@Override
	public boolean animatedUpdate() {
		return false;
	}
}
