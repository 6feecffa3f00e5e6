package org.outsidein.diagram.server.source;

import java.util.List;

/**
 * A box on the diagram: an element, or a container when it has children. {@code id} is stable across
 * changes (the semantic element's URI fragment), so positions and selections survive a redraw; {@code position} is
 * relative to the parent; {@code editable} says whether the label may be renamed in place.
 */
public record DiagramNode(String id, String type, String label, boolean editable, Bounds bounds,
		List<DiagramNode> children) {

	public DiagramNode {
		children = List.copyOf(children);
	}

	public boolean isContainer() {
		return !children.isEmpty() || DiagramElementTypes.CONTAINER.equals(type);
	}

	public DiagramNode movedTo(double x, double y) {
		return new DiagramNode(id, type, label, editable, new Bounds(x, y, bounds.width(), bounds.height()), children);
	}

	public DiagramNode withChildren(List<DiagramNode> newChildren) {
		return new DiagramNode(id, type, label, editable, bounds, newChildren);
	}

	void collectInto(List<DiagramNode> all) {
		all.add(this);
		children.forEach(child -> child.collectInto(all));
	}
}
