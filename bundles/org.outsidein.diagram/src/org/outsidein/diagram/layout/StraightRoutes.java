package org.outsidein.diagram.layout;

import org.outsidein.diagram.graph.DiagramEdge;
import org.outsidein.diagram.graph.DiagramNode;

/** A straight route from the border of an edge's source box to the border of its target box, towards each other's centre. */
final class StraightRoutes {

	private StraightRoutes() {
	}

	static void route(DiagramEdge edge) {
		double[] from = centre(edge.source());
		double[] to = centre(edge.target());
		edge.route().clear();
		edge.route().add(border(edge.source(), from, to));
		edge.route().add(border(edge.target(), to, from));
	}

	private static double[] centre(DiagramNode node) {
		return new double[] { node.absoluteX() + node.bounds().width / 2, node.absoluteY() + node.bounds().height / 2 };
	}

	/** Where the line from the box's centre towards a point leaves the box. */
	private static double[] border(DiagramNode node, double[] centre, double[] towards) {
		double dx = towards[0] - centre[0];
		double dy = towards[1] - centre[1];
		if (dx == 0 && dy == 0) {
			return centre;
		}
		double halfWidth = node.bounds().width / 2;
		double halfHeight = node.bounds().height / 2;
		double scale = Math.min(dx == 0 ? Double.MAX_VALUE : halfWidth / Math.abs(dx),
				dy == 0 ? Double.MAX_VALUE : halfHeight / Math.abs(dy));
		return new double[] { centre[0] + dx * scale, centre[1] + dy * scale };
	}
}
