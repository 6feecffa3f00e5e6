package org.outsidein.diagram.server.source;

import java.util.List;
import java.util.Map;

/**
 * A box on the diagram: an element, or a container when it has children. {@code id} is stable across
 * changes (built from the semantic element's URI fragment), so positions and selections survive a redraw;
 * {@code position} is relative to the parent; {@code editable} says whether the label may be renamed in place.
 * {@code style} is how the client draws it ({@link DiagramStyle}'s keys), so a new kind of node needs no client code.
 */
public record DiagramNode(String id, String type, String label, boolean editable, Bounds bounds,
		List<DiagramNode> children, Map<String, String> style) {

	public DiagramNode {
		children = List.copyOf(children);
		style = Map.copyOf(style);
	}

	/** A node drawn in the client's default style for its type. */
	public DiagramNode(String id, String type, String label, boolean editable, Bounds bounds, List<DiagramNode> children) {
		this(id, type, label, editable, bounds, children, Map.of());
	}

	public boolean isContainer() {
		return !children.isEmpty() || DiagramElementTypes.CONTAINER.equals(type)
				|| "true".equals(style.get(DiagramStyle.CONTAINER));
	}

	public DiagramNode movedTo(double x, double y) {
		return new DiagramNode(id, type, label, editable, new Bounds(x, y, bounds.width(), bounds.height()), children,
				style);
	}

	public DiagramNode withChildren(List<DiagramNode> newChildren) {
		return new DiagramNode(id, type, label, editable, bounds, newChildren, style);
	}

	void collectInto(List<DiagramNode> all) {
		all.add(this);
		children.forEach(child -> child.collectInto(all));
	}
}
