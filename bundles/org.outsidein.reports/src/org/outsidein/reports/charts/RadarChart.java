package org.outsidein.reports.charts;

import java.util.List;

/** Scores of several areas (0 to 100) on one spider web, with an earlier set dashed for comparison. */
public final class RadarChart {

	private static final int WIDTH = 480;
	private static final int HEIGHT = 360;
	private static final double CX = WIDTH / 2.0;
	private static final double CY = HEIGHT / 2.0 + 4;
	private static final double RADIUS = 110;

	private RadarChart() {
	}

	/** @param previous the earlier scores, or null */
	public static String render(String title, List<String> labels, List<Double> scores, List<Double> previous) {
		Svg svg = new Svg(WIDTH, HEIGHT, title);
		int axes = labels.size();
		if (axes < 3) {
			return svg.text(CX, CY, "Not enough areas to draw", "middle", 12, Svg.MUTED, false).toString();
		}
		for (int ring = 1; ring <= 5; ring++) {
			double level = ring * 20.0;
			svg.polygon(points(axes, i -> level), "none", 0, Svg.GRID, 1, false);
		}
		for (int i = 0; i < axes; i++) {
			double[] end = point(i, axes, 100);
			svg.line(CX, CY, end[0], end[1], Svg.GRID, 1, false);
			double[] label = point(i, axes, 116);
			String anchor = Math.abs(label[0] - CX) < 8 ? "middle" : label[0] > CX ? "start" : "end";
			String[] lines = Svg.wrap(labels.get(i), 20);
			// Labels above the centre grow upwards, those below grow downwards, so none runs into the web.
			double first = label[1] < CY - 8 ? label[1] + 4 - 13 * (lines.length - 1) : label[1] + 4;
			for (int line = 0; line < lines.length; line++) {
				svg.text(label[0], first + 13 * line, lines[line], anchor, 11, Svg.INK, false);
			}
		}
		// Ring values go between the first two axes, away from the scores printed on the axes.
		double between = -Math.PI / 2 + Math.PI / axes;
		for (int ring = 1; ring <= 5; ring++) {
			double r = ring * 20 * RADIUS / 100;
			svg.text(CX + r * Math.cos(between), CY + r * Math.sin(between) + 3, String.valueOf(ring * 20), "middle", 8,
					Svg.MUTED, false);
		}
		if (previous != null) {
			svg.polygon(points(axes, previous::get), Svg.MUTED, 0.08, Svg.MUTED, 1.5, true);
		}
		svg.polygon(points(axes, scores::get), Svg.ACCENT, 0.25, Svg.ACCENT, 2, false);
		for (int i = 0; i < axes; i++) {
			double[] dot = point(i, axes, scores.get(i));
			svg.circle(dot[0], dot[1], 3, Svg.ACCENT);
			svg.text(dot[0], dot[1] - 6, String.valueOf(Math.round(scores.get(i))), "middle", 10, Svg.INK, true);
		}
		return svg.toString();
	}

	private interface Value {
		double at(int index);
	}

	private static double[] points(int axes, Value value) {
		double[] points = new double[axes * 2];
		for (int i = 0; i < axes; i++) {
			double[] point = point(i, axes, value.at(i));
			points[2 * i] = point[0];
			points[2 * i + 1] = point[1];
		}
		return points;
	}

	/** Axis i of n, the first pointing up, clockwise; value 0 to 100 from the centre out. */
	private static double[] point(int i, int n, double value) {
		double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
		double r = RADIUS * Math.max(0, Math.min(value, 118)) / 100;
		return new double[] { CX + r * Math.cos(angle), CY + r * Math.sin(angle) };
	}
}
