package org.outsidein.reports.charts;

import java.util.List;

/** Horizontal bars, one per labelled count: the inventions pipeline, answers per category. */
public final class BarChart {

	/** One bar. */
	public record Bar(String label, int count, String colour) {
	}

	private static final int LABEL_WIDTH = 130;
	private static final int BAR_SPACE = 220;
	private static final int ROW = 26;

	private BarChart() {
	}

	public static String render(String title, List<Bar> bars) {
		int max = Math.max(1, bars.stream().mapToInt(Bar::count).max().orElse(1));
		Svg svg = new Svg(LABEL_WIDTH + BAR_SPACE + 40, ROW * bars.size() + 8, title);
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			double y = 4 + i * ROW;
			svg.text(LABEL_WIDTH - 8, y + 15, Svg.shorten(bar.label(), 22), "end", 11, Svg.INK, false);
			double width = BAR_SPACE * bar.count() / (double) max;
			svg.rect(LABEL_WIDTH, y + 3, Math.max(width, 1), ROW - 8, bar.colour());
			svg.text(LABEL_WIDTH + width + 6, y + 15, String.valueOf(bar.count()), "start", 11, Svg.INK, true);
		}
		return svg.toString();
	}
}
