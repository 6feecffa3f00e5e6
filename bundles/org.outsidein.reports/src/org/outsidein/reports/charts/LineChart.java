package org.outsidein.reports.charts;

import java.util.List;

/**
 * Values over time: one line per series across the same points (assessments, years), on a scale from 0 to a
 * maximum, with dashed lines for targets such as the rules of thumb. A missing value breaks its line.
 */
public final class LineChart {

	/** One line: its name, its value at each point (null where unknown) and its colour. */
	public record Series(String name, List<Double> values, String colour) {
	}

	/** A horizontal target line and its label. */
	public record Target(String label, double value, String colour) {
	}

	private static final int LEFT = 40;
	private static final int RIGHT = 16;
	private static final int TOP = 28;
	private static final int BOTTOM = 44;
	private static final int PLOT_WIDTH = 380;
	private static final int PLOT_HEIGHT = 170;

	private LineChart() {
	}

	/**
	 * @param points the label of each point along the bottom, in order
	 * @param max    the top of the scale; the bottom is 0
	 * @param unit   appended to the scale's numbers ("%" or "")
	 */
	public static String render(String title, List<String> points, List<Series> series, List<Target> targets, double max,
			String unit) {
		Svg svg = new Svg(LEFT + PLOT_WIDTH + RIGHT, TOP + PLOT_HEIGHT + BOTTOM, title);
		for (int tick = 0; tick <= 4; tick++) {
			double value = max * tick / 4;
			double y = y(value, max);
			svg.line(LEFT, y, LEFT + PLOT_WIDTH, y, Svg.GRID, 1, false);
			svg.text(LEFT - 6, y + 4, Svg.n(value) + unit, "end", 10, Svg.MUTED, false);
		}
		for (Target target : targets) {
			double y = y(Math.min(target.value(), max), max);
			svg.line(LEFT, y, LEFT + PLOT_WIDTH, y, target.colour(), 1.5, true);
			svg.text(LEFT + PLOT_WIDTH, y - 4, target.label(), "end", 10, target.colour(), false);
		}
		for (int i = 0; i < points.size(); i++) {
			svg.text(x(i, points.size()), TOP + PLOT_HEIGHT + 16, Svg.shorten(points.get(i), 14), "middle", 10, Svg.INK, false);
		}
		for (int s = 0; s < series.size(); s++) {
			Series line = series.get(s);
			drawLine(svg, line, points.size(), max);
			svg.rect(LEFT + s * 150, 8, 10, 10, line.colour());
			svg.text(LEFT + s * 150 + 14, 17, Svg.shorten(line.name(), 22), "start", 11, Svg.INK, false);
		}
		return svg.toString();
	}

	private static void drawLine(Svg svg, Series line, int count, double max) {
		Double previous = null;
		for (int i = 0; i < count && i < line.values().size(); i++) {
			Double value = line.values().get(i);
			if (value != null) {
				double clipped = Math.max(0, Math.min(value, max));
				if (previous != null) {
					svg.line(x(i - 1, count), y(previous, max), x(i, count), y(clipped, max), line.colour(), 2, false);
				}
				svg.circle(x(i, count), y(clipped, max), 3.5, line.colour());
				previous = clipped;
			} else {
				previous = null;
			}
		}
	}

	private static double x(int index, int count) {
		return count <= 1 ? LEFT + PLOT_WIDTH / 2.0 : LEFT + 12 + (PLOT_WIDTH - 24) * index / (double) (count - 1);
	}

	private static double y(double value, double max) {
		return TOP + PLOT_HEIGHT - PLOT_HEIGHT * value / max;
	}
}
