package org.outsidein.diagram.tools;

import java.util.List;

import org.outsidein.diagram.description.Tool;
import org.outsidein.diagram.descriptions.LocatedExpression;
import org.outsidein.diagram.expressions.TypeEnvironment;

/**
 * A tool with its expressions compiled.
 *
 * @param environment  the variables the tool is given (see {@link ToolVariables})
 * @param precondition null: always available
 */
public record CompiledTool(Tool tool, TypeEnvironment environment, LocatedExpression precondition,
		List<CompiledOperation> operations) {

	public String name() {
		return tool.getName();
	}
}
