package org.outsidein.diagram.tools;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.outsidein.diagram.description.CreateEdgeTool;
import org.outsidein.diagram.description.CreateNodeTool;
import org.outsidein.diagram.description.DeleteTool;
import org.outsidein.diagram.description.DirectEditTool;
import org.outsidein.diagram.description.DropTool;

/**
 * The gestures of a diagram as EMF commands: each binds the variables its kind of tool provides and returns a
 * command to put on the editor's command stack (undo and redo work as for any other edit).
 */
public final class ToolCommands {

	private ToolCommands() {
	}

	/** Create a node in a container (or the diagram itself: then container is the diagram root). */
	public static Command createNode(CompiledTool tool, EObject diagram, EObject container) {
		expect(tool, CreateNodeTool.class);
		return new ToolCommand(tool, container, variables(diagram, ToolVariables.CONTAINER, container));
	}

	public static Command createEdge(CompiledTool tool, EObject diagram, EObject source, EObject target) {
		expect(tool, CreateEdgeTool.class);
		Map<String, Object> variables = variables(diagram, ToolVariables.SOURCE, source);
		variables.put(ToolVariables.TARGET, target);
		return new ToolCommand(tool, source, variables);
	}

	/** @param container the element of the node's parent (the diagram root at the top level) */
	public static Command delete(CompiledTool tool, EObject diagram, EObject element, EObject container) {
		expect(tool, DeleteTool.class);
		return new ToolCommand(tool, element, variables(diagram, ToolVariables.CONTAINER, container));
	}

	public static Command directEdit(CompiledTool tool, EObject diagram, EObject element, String newLabel) {
		expect(tool, DirectEditTool.class);
		return new ToolCommand(tool, element, variables(diagram, ToolVariables.NEW_LABEL, newLabel));
	}

	public static Command drop(CompiledTool tool, EObject diagram, EObject element, EObject oldContainer,
			EObject newContainer) {
		expect(tool, DropTool.class);
		Map<String, Object> variables = variables(diagram, ToolVariables.ELEMENT, element);
		variables.put(ToolVariables.OLD_CONTAINER, oldContainer);
		variables.put(ToolVariables.NEW_CONTAINER, newContainer);
		return new ToolCommand(tool, newContainer, variables);
	}

	private static Map<String, Object> variables(EObject diagram, String name, Object value) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(ToolVariables.DIAGRAM, diagram);
		variables.put(name, value);
		return variables;
	}

	private static void expect(CompiledTool tool, Class<?> kind) {
		if (!kind.isInstance(tool.tool())) {
			throw new IllegalArgumentException("tool '" + tool.name() + "' is a " + tool.tool().eClass().getName()
					+ ", not a " + kind.getSimpleName());
		}
	}
}
