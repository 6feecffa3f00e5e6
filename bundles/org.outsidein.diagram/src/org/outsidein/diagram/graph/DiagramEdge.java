package org.outsidein.diagram.graph;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.outsidein.diagram.description.EdgeStyle;

/**
 * An edge between two nodes. Its id is stable: the element's URI fragment for an element-based edge, the mapping
 * and the two ends' ids for a relation-based one. A folded edge stands for the many edges of one mapping from one
 * source into one container (see the edge mapping's {@code foldAbove}); it has no element of its own.
 */
public final class DiagramEdge {

	private final String id;
	private final String mapping;
	private final EObject element;
	private final DiagramNode source;
	private final DiagramNode target;
	private final String label;
	private final EdgeStyle style;
	private final int folded;
	/** The route in diagram coordinates, start and end included, once laid out: x0, y0, x1, y1, ... */
	private final List<double[]> route = new ArrayList<>();

	public DiagramEdge(String id, String mapping, EObject element, DiagramNode source, DiagramNode target, String label,
			EdgeStyle style) {
		this(id, mapping, element, source, target, label, style, 0);
	}

	/** @param folded how many edges this one stands for; 0 for an ordinary edge */
	public DiagramEdge(String id, String mapping, EObject element, DiagramNode source, DiagramNode target, String label,
			EdgeStyle style, int folded) {
		this.id = id;
		this.mapping = mapping;
		this.element = element;
		this.source = source;
		this.target = target;
		this.label = label;
		this.style = style;
		this.folded = folded;
	}

	public String id() {
		return id;
	}

	public String mapping() {
		return mapping;
	}

	/** The edge's own element (element-based edges); null for a relation-based edge. */
	public EObject element() {
		return element;
	}

	public DiagramNode source() {
		return source;
	}

	public DiagramNode target() {
		return target;
	}

	public String label() {
		return label;
	}

	public EdgeStyle style() {
		return style;
	}

	/** How many edges this folded edge stands for; 0 for an ordinary edge. */
	public int folded() {
		return folded;
	}

	public boolean isFolded() {
		return folded > 0;
	}

	/**
	 * The stroke width to draw: the style's, or for a folded edge a little more for every doubling of the edges it
	 * stands for, up to six pixels more.
	 */
	public int width() {
		int base = style == null ? 1 : Math.max(1, style.getWidth());
		if (!isFolded()) {
			return base;
		}
		int doublings = 31 - Integer.numberOfLeadingZeros(folded);
		return base + Math.min(6, doublings / 2 + 1);
	}

	public List<double[]> route() {
		return route;
	}

	@Override
	public String toString() {
		return mapping + " " + id;
	}
}
