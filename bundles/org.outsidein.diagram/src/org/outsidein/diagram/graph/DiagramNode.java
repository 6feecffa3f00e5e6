package org.outsidein.diagram.graph;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.outsidein.diagram.description.NodeStyle;

/**
 * A node or container of a diagram. Its id is stable across redraws: the URI fragment of its element, prefixed with
 * its parent's id when nested (one element may be shown in several containers). An aggregate node stands for the
 * elements of a mapping beyond its limit in one parent; it has no element.
 */
public final class DiagramNode {

	private final String id;
	private final String mapping;
	private final EObject element;
	private final String label;
	private final NodeStyle style;
	private final boolean container;
	private final int aggregated;
	private final List<DiagramNode> children = new ArrayList<>();
	private DiagramNode parent;
	private final Bounds bounds = new Bounds();
	private double[] placement;

	public DiagramNode(String id, String mapping, EObject element, String label, NodeStyle style, boolean container,
			int aggregated) {
		this.id = id;
		this.mapping = mapping;
		this.element = element;
		this.label = label;
		this.style = style;
		this.container = container;
		this.aggregated = aggregated;
	}

	public String id() {
		return id;
	}

	/** The name of the mapping that made this node. */
	public String mapping() {
		return mapping;
	}

	/** The semantic element; null for an aggregate node. */
	public EObject element() {
		return element;
	}

	public String label() {
		return label;
	}

	public NodeStyle style() {
		return style;
	}

	public boolean isContainer() {
		return container;
	}

	/** How many elements this aggregate node stands for; 0 for an ordinary node. */
	public int aggregated() {
		return aggregated;
	}

	public boolean isAggregate() {
		return aggregated > 0;
	}

	public List<DiagramNode> children() {
		return children;
	}

	public DiagramNode parent() {
		return parent;
	}

	public void add(DiagramNode child) {
		child.parent = this;
		children.add(child);
	}

	/**
	 * Where the description places this node in its parent, in pixels from an arbitrary origin, y growing downwards
	 * (a plot); null when the layout decides.
	 */
	public double[] placement() {
		return placement;
	}

	public void place(double x, double y) {
		this.placement = new double[] { x, y };
	}

	/** Position (relative to the parent) and size, once laid out. */
	public Bounds bounds() {
		return bounds;
	}

	/** The position in diagram coordinates. */
	public double absoluteX() {
		return bounds.x + (parent == null ? 0 : parent.absoluteX());
	}

	public double absoluteY() {
		return bounds.y + (parent == null ? 0 : parent.absoluteY());
	}

	@Override
	public String toString() {
		return mapping + " " + id + " '" + label + "'";
	}

	/** A rectangle; mutable, as layout fills it in. */
	public static final class Bounds {
		public double x;
		public double y;
		public double width;
		public double height;
	}
}
