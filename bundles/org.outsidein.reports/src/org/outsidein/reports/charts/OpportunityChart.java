package org.outsidein.reports.charts;

import java.util.List;

/**
 * The outcome landscape: importance across, satisfaction up, each outcome a numbered dot. The shaded
 * triangle is where opportunity = importance + max(importance - satisfaction, 0) exceeds 10: under-served.
 */
public final class OpportunityChart {

	/** An outcome to plot: its number in the legend and its ratings. */
	public record Point(int number, double importance, double satisfaction) {
	}

	private static final int SIZE = 300;
	private static final int LEFT = 44;
	private static final int TOP = 16;
	private static final int WIDTH = LEFT + SIZE + 20;
	private static final int HEIGHT = TOP + SIZE + 44;

	private OpportunityChart() {
	}

	public static String render(String title, List<Point> points) {
		Svg svg = new Svg(WIDTH, HEIGHT, title);
		// Under-served: satisfaction < 2 × importance - 10, i.e. the triangle (5,0) (10,0) (10,10).
		svg.polygon(new double[] { x(5), y(0), x(10), y(0), x(10), y(10) }, Svg.WARN, 0.10, "none", 0, false);
		svg.text(x(9.8), y(0.6), "under-served", "end", 10, Svg.WARN, true);
		svg.text(x(0.2), y(9.4), "over-served", "start", 10, Svg.MUTED, false);
		for (int tick = 0; tick <= 10; tick += 2) {
			svg.line(x(tick), y(0), x(tick), y(10), Svg.GRID, 0.5, false);
			svg.line(x(0), y(tick), x(10), y(tick), Svg.GRID, 0.5, false);
			svg.text(x(tick), y(0) + 14, String.valueOf(tick), "middle", 9, Svg.MUTED, false);
			svg.text(x(0) - 6, y(tick) + 3, String.valueOf(tick), "end", 9, Svg.MUTED, false);
		}
		svg.line(x(0), y(0), x(10), y(10), Svg.MUTED, 1, true);
		svg.text(x(5), y(0) + 32, "importance", "middle", 11, Svg.INK, false);
		svg.verticalText(14, y(5), "satisfaction", 11, Svg.INK);
		for (Point point : points) {
			boolean underServed = point.importance() + Math.max(point.importance() - point.satisfaction(), 0) > 10;
			svg.circle(x(point.importance()), y(point.satisfaction()), 8, underServed ? Svg.WARN : Svg.ACCENT);
			svg.text(x(point.importance()), y(point.satisfaction()) + 3.5, String.valueOf(point.number()), "middle", 9,
					"#ffffff", true);
		}
		return svg.toString();
	}

	private static double x(double importance) {
		return LEFT + SIZE * importance / 10;
	}

	private static double y(double satisfaction) {
		return TOP + SIZE - SIZE * satisfaction / 10;
	}
}
