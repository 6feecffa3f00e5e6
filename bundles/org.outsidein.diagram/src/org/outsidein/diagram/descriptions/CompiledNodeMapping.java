package org.outsidein.diagram.descriptions;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.outsidein.diagram.description.AbstractNodeMapping;
import org.outsidein.diagram.description.ContainerMapping;
import org.outsidein.diagram.description.NodeStyle;
import org.outsidein.diagram.expressions.Bindings;
import org.outsidein.diagram.expressions.TypeEnvironment;

/**
 * A node or container mapping with its expressions compiled. Candidates are evaluated with self = the parent's
 * element; the precondition, label and style predicates with self = the candidate; all with {@code container}
 * (the parent's element) and {@code diagram} (the root).
 *
 * @param elementEnvironment the variables of the precondition, label and style predicates
 * @param candidates null: every element of the domain class contained in the parent
 * @param precondition null: every candidate of the domain class
 * @param label null: the element's name
 * @param placement null: the layout places the elements
 */
public record CompiledNodeMapping(AbstractNodeMapping mapping, EClass domainClass, TypeEnvironment elementEnvironment,
		LocatedExpression candidates,
		LocatedExpression precondition, LocatedExpression label, Placement placement,
		List<ConditionalStyle<NodeStyle>> styles, List<CompiledNodeMapping> children) {

	public String name() {
		return mapping.getName();
	}

	public boolean isContainer() {
		return mapping instanceof ContainerMapping;
	}

	/** Where an element goes in its parent: two numbers, in pixels per unit. */
	public record Placement(LocatedExpression x, LocatedExpression y, int scale) {
	}

	/** A style and the predicate under which it applies (null: always, the default style last). */
	public record ConditionalStyle<S>(LocatedExpression predicate, S style) {

		/** The first style whose predicate holds for these bindings (the default one, last, always does). */
		public static <S> S select(List<ConditionalStyle<S>> styles, Bindings bindings) {
			for (ConditionalStyle<S> style : styles) {
				if (style.predicate() == null || style.predicate().test(bindings)) {
					return style.style();
				}
			}
			return null;
		}
	}
}
