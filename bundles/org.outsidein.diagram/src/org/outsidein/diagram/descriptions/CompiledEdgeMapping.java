package org.outsidein.diagram.descriptions;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.outsidein.diagram.description.EdgeMapping;
import org.outsidein.diagram.description.EdgeStyle;
import org.outsidein.diagram.expressions.TypeEnvironment;
import org.outsidein.diagram.descriptions.CompiledNodeMapping.ConditionalStyle;

/**
 * An edge mapping with its expressions compiled. Relation-based (no domain class): the target finder runs with
 * self = a source element; the label and style predicates with self = the source and {@code target}. Element-based:
 * candidates with self = the diagram root, the rest with self = the edge's element.
 */
public record CompiledEdgeMapping(EdgeMapping mapping, EClass domainClass, TypeEnvironment elementEnvironment,
		TypeEnvironment labelEnvironment, LocatedExpression candidates,
		LocatedExpression precondition, LocatedExpression label, LocatedExpression sourceFinder,
		LocatedExpression targetFinder, List<ConditionalStyle<EdgeStyle>> styles) {

	public String name() {
		return mapping.getName();
	}

	public boolean isElementBased() {
		return domainClass != null;
	}
}
