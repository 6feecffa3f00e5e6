package org.outsidein.diagram.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.outsidein.diagram.graph.DiagramNode;

/**
 * Places the children of a container where their description says (a plot, such as outcomes by importance and
 * satisfaction) instead of by ELK. A box that would overlap one placed before it is moved down until it does not,
 * so every label stays readable; its horizontal position, the plot's first reading, is kept.
 */
final class PlotPlacement {

	private static final double GAP = 4;

	private PlotPlacement() {
	}

	/** Whether the container's children are all placed by their description. */
	static boolean applies(DiagramNode container) {
		return container != null && container.isContainer() && !container.children().isEmpty()
				&& container.children().stream().allMatch(child -> child.placement() != null);
	}

	/**
	 * Sets the children's bounds and returns the container's size.
	 *
	 * @param minimum the container's own size before its children
	 */
	static double[] place(DiagramNode container, double[] minimum) {
		double left = container.children().stream().mapToDouble(c -> c.placement()[0]).min().orElse(0);
		double top = container.children().stream().mapToDouble(c -> c.placement()[1]).min().orElse(0);
		List<DiagramNode> order = new ArrayList<>(container.children());
		order.sort(Comparator.comparingDouble((DiagramNode c) -> c.placement()[1]).thenComparingDouble(c -> c.placement()[0]));
		List<DiagramNode> placed = new ArrayList<>();
		double width = minimum[0];
		double height = minimum[1];
		for (DiagramNode child : order) {
			double[] size = DiagramLayout.size(child);
			DiagramNode.Bounds bounds = child.bounds();
			bounds.x = LabelSizes.PADDING + child.placement()[0] - left;
			bounds.y = LabelSizes.CONTAINER_HEADER + LabelSizes.PADDING + child.placement()[1] - top;
			bounds.width = size[0];
			bounds.height = size[1];
			for (DiagramNode other = overlapped(child, placed); other != null; other = overlapped(child, placed)) {
				bounds.y = other.bounds().y + other.bounds().height + GAP;
			}
			placed.add(child);
			width = Math.max(width, bounds.x + bounds.width + LabelSizes.PADDING);
			height = Math.max(height, bounds.y + bounds.height + LabelSizes.PADDING);
		}
		return new double[] { width, height };
	}

	private static DiagramNode overlapped(DiagramNode child, List<DiagramNode> placed) {
		DiagramNode.Bounds a = child.bounds();
		for (DiagramNode other : placed) {
			DiagramNode.Bounds b = other.bounds();
			if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) {
				return other;
			}
		}
		return null;
	}
}
