package org.outsidein.diagram.tools;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.outsidein.diagram.description.ModelOperation;
import org.outsidein.diagram.descriptions.LocatedExpression;

/**
 * A model operation with its expression compiled.
 *
 * @param expression   the operation's expression; null where it may be left out
 * @param createdClass for a CreateInstance, the class it instantiates
 */
public record CompiledOperation(ModelOperation operation, LocatedExpression expression, EClass createdClass,
		List<CompiledOperation> subOperations) {
}
