package org.outsidein.diagram.graph;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.outsidein.diagram.description.EdgeStyle;

/**
 * An edge between two nodes. Its id is stable: the element's URI fragment for an element-based edge, the mapping
 * and the two ends' ids for a relation-based one.
 */
public final class DiagramEdge {

	private final String id;
	private final String mapping;
	private final EObject element;
	private final DiagramNode source;
	private final DiagramNode target;
	private final String label;
	private final EdgeStyle style;
	/** The route in diagram coordinates, start and end included, once laid out: x0, y0, x1, y1, ... */
	private final List<double[]> route = new ArrayList<>();

	public DiagramEdge(String id, String mapping, EObject element, DiagramNode source, DiagramNode target, String label,
			EdgeStyle style) {
		this.id = id;
		this.mapping = mapping;
		this.element = element;
		this.source = source;
		this.target = target;
		this.label = label;
		this.style = style;
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

	public List<double[]> route() {
		return route;
	}

	@Override
	public String toString() {
		return mapping + " " + id;
	}
}
