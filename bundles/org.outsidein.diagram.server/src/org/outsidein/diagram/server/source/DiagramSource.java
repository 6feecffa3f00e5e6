package org.outsidein.diagram.server.source;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;

/**
 * What the diagram server renders from and edits through: a plain graph computed from the model, the tools the
 * palette offers, and the model change behind each edit, as an EMF command. The server executes that command on the
 * caller's command stack, so the diagram shares one undo history with whatever else edits the model (the workbench's
 * form pages, another diagram).
 * <p>
 * This is the seam where diagram descriptions plug in: an adapter over the description interpreter implements it.
 * Positions a user moved are not the source's business: the server keeps them in a layout file beside the model
 * and lays them over {@link #graph()}'s own placement.
 */
public interface DiagramSource {

	/** The diagram's kind, e.g. {@code customers-by-role}; the client asks for it by this name. */
	String diagramType();

	/** The label shown above the diagram. */
	String title();

	/** The graph as the model stands now; computed afresh after every change. */
	DiagramGraph graph();

	/** What the palette offers. */
	List<DiagramTool> tools();

	/**
	 * What may be done with each type of element. By default: a {@link DiagramElementTypes#CONTAINER} takes what
	 * the tools create in containers, a {@link DiagramElementTypes#ELEMENT} may be deleted.
	 */
	default List<DiagramElementType> elementTypes() {
		List<String> inContainers = tools().stream()
				.filter(tool -> tool.containerTypes().contains(DiagramElementTypes.CONTAINER)).map(DiagramTool::id)
				.toList();
		return List.of(new DiagramElementType(DiagramElementTypes.CONTAINER, false, false, inContainers),
				new DiagramElementType(DiagramElementTypes.ELEMENT, true, false, List.of()));
	}

	/**
	 * The model change an edit means, not yet executed; {@link org.eclipse.emf.common.command.UnexecutableCommand}
	 * when the edit does not apply (an unknown element, a read-only one).
	 */
	Command apply(DiagramOperation operation);

	/**
	 * The model element a node of {@link #graph()} stands for, so that a host can show what the user selected (the
	 * workbench's Properties view and form pages); empty for a node that stands for no one element (a group).
	 */
	default Optional<EObject> elementOf(String nodeId) {
		return Optional.empty();
	}

	/**
	 * The nodes drawn last that stand for an element (one element may be drawn in several containers), so that a host
	 * can select on the diagram what the user selected elsewhere; from the graph drawn, not a new drawing.
	 */
	default List<String> nodesOf(EObject element) {
		return List.of();
	}
}
