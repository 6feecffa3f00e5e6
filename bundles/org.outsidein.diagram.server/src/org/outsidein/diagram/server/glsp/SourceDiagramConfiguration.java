package org.outsidein.diagram.server.glsp;

import java.util.ArrayList;
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
import org.outsidein.diagram.server.source.DiagramElementType;
import org.outsidein.diagram.server.source.DiagramElementTypes;
import org.outsidein.diagram.server.source.DiagramSource;
import org.outsidein.diagram.server.source.DiagramTool;

import com.google.inject.Inject;

/**
 * What the client may do with each element type, as the source says: which nodes may be deleted or dragged into
 * another container, what each container takes (a tool's new elements, dragged nodes), and between which node types
 * each edge tool draws. Every node may be moved on the page (that changes the layout, not the model).
 */
public class SourceDiagramConfiguration implements DiagramConfiguration {

	@Inject
	private DiagramSource source;

	@Override
	public String getDiagramType() {
		return source.diagramType();
	}

	@Override
	public Map<String, EClass> getTypeMappings() {
		Map<String, EClass> mappings = DefaultTypes.getDefaultTypeMappings();
		mappings.put(DiagramElementTypes.CONTAINER, GraphPackage.Literals.GNODE);
		mappings.put(DiagramElementTypes.ELEMENT, GraphPackage.Literals.GNODE);
		mappings.put(DiagramElementTypes.HEADING, GraphPackage.Literals.GLABEL);
		mappings.put(DiagramElementTypes.NAME, GraphPackage.Literals.GLABEL);
		for (DiagramElementType type : source.elementTypes()) {
			mappings.put(type.type(), type.type().startsWith("edge") ? GraphPackage.Literals.GEDGE
					: GraphPackage.Literals.GNODE);
		}
		return mappings;
	}

	@Override
	public List<ShapeTypeHint> getShapeTypeHints() {
		List<ShapeTypeHint> hints = new ArrayList<>();
		for (DiagramElementType type : source.elementTypes()) {
			if (!type.type().startsWith("edge")) {
				hints.add(new ShapeTypeHint(type.type(), true, type.deletable(), false, type.reparentable(),
						exactly(type.containable())));
			}
		}
		return hints;
	}

	@Override
	public List<EdgeTypeHint> getEdgeTypeHints() {
		List<EdgeTypeHint> hints = new ArrayList<>();
		hints.add(new EdgeTypeHint(DiagramElementTypes.EDGE, false, false, false, List.of(), List.of()));
		for (DiagramElementType type : source.elementTypes()) {
			if (type.type().startsWith("edge")) {
				hints.add(new EdgeTypeHint(type.type(), false, type.deletable(), false, List.of(), List.of()));
			}
		}
		// The client asks an edge tool's hint, by the tool's id, where the edge may start and end.
		for (DiagramTool tool : source.tools()) {
			if (tool.isEdgeTool()) {
				hints.add(new EdgeTypeHint(tool.id(), false, true, false, exactly(tool.sourceTypes()),
						exactly(tool.targetTypes())));
			}
		}
		return hints;
	}

	/**
	 * The client matches a type against these lists by prefix, after adding ':' to the type: so "node:role" alone
	 * would also admit "node:role-member". Ending each entry with ':' makes the match exact (and admits the type's
	 * subtypes, such as its aggregate node, which the source refuses on its own).
	 */
	private static List<String> exactly(List<String> types) {
		return types.stream().map(type -> type + ":").toList();
	}

	@Override
	public Optional<GraphExtension> getGraphExtension() {
		return Optional.empty();
	}

	@Override
	public ServerLayoutKind getLayoutKind() {
		return ServerLayoutKind.MANUAL;
	}

	/**
	 * The server lays the diagram out and sizes every box (ELK), so the page need not measure it first: measuring
	 * draws the whole diagram once, hidden, and sends every element's size back before anything is shown, which for a
	 * thousand customers took longer than the layout itself.
	 */
	@Override
	public boolean needsClientLayout() {
		return false;
	}

	@Override
	public boolean animatedUpdate() {
		return false;
	}
}
