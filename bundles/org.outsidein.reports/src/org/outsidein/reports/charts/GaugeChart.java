package org.outsidein.reports.charts;

import java.util.Locale;

import org.outsidein.core.metrics.Share;

/** A half-circle gauge for a share against its rule of thumb: the arc fills up to the share, a tick marks the rule. */
public final class GaugeChart {

	private static final int WIDTH = 240;
	private static final int HEIGHT = 150;
	private static final double CX = WIDTH / 2.0;
	private static final double CY = 118;
	private static final double R = 86;

	private GaugeChart() {
	}

	/** A share against its rule of thumb; an unknown share says which whole to set. */
	public static String render(String title, Share rule) {
		return render(title, rule.ratio(), rule.threshold(), rule.isKnown() ? "" : "set the " + rule.whole());
	}

	/**
	 * @param share     the measured share, 0 to 1, or NaN when unknown
	 * @param threshold the rule of thumb, 0 to 1
	 * @param missing   what to do when the share is unknown
	 */
	static String render(String title, double share, double threshold, String missing) {
		// The scale runs to twice the rule (or to the share, if higher), so the rule sits mid-gauge.
		double max = Math.min(1.0, Math.max(threshold * 2, Double.isNaN(share) ? 0 : share));
		Svg svg = new Svg(WIDTH, HEIGHT, title);
		svg.path(arc(0, 1), Svg.GRID, 16);
		boolean known = !Double.isNaN(share);
		boolean met = known && share >= threshold;
		if (known && share > 0) {
			svg.path(arc(0, Math.min(1, share / max)), met ? Svg.ACCENT : Svg.WARN, 16);
		}
		double[] inner = onArc(threshold / max, R - 14);
		double[] outer = onArc(threshold / max, R + 14);
		svg.line(inner[0], inner[1], outer[0], outer[1], Svg.INK, 2, false);
		svg.text(outer[0], outer[1] - 4, percent(threshold), "middle", 10, Svg.INK, false);
		svg.text(CX, CY - 14, known ? percent(share) : "unknown", "middle", 24, met ? Svg.ACCENT : Svg.WARN, true);
		svg.text(CX, CY + 4, met ? "rule met" : known ? "below the rule" : missing, "middle", 11, Svg.MUTED, false);
		svg.text(CX - R, CY + 22, "0 %", "middle", 9, Svg.MUTED, false);
		svg.text(CX + R, CY + 22, percent(max), "middle", 9, Svg.MUTED, false);
		return svg.toString();
	}

	/** The arc from fraction {@code from} to {@code to} of the half circle, left to right. */
	private static String arc(double from, double to) {
		double[] start = onArc(from, R);
		double[] end = onArc(to, R);
		return "M " + Svg.n(start[0]) + " " + Svg.n(start[1]) + " A " + Svg.n(R) + " " + Svg.n(R) + " 0 0 1 "
				+ Svg.n(end[0]) + " " + Svg.n(end[1]);
	}

	private static double[] onArc(double fraction, double radius) {
		double angle = Math.PI * (1 - Math.max(0, Math.min(1, fraction)));
		return new double[] { CX + radius * Math.cos(angle), CY - radius * Math.sin(angle) };
	}

	private static String percent(double share) {
		return String.format(Locale.ROOT, "%.1f %%", share * 100).replace(".0 %", " %");
	}
}
