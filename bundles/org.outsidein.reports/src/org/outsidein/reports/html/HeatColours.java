package org.outsidein.reports.html;

import java.util.Locale;

/**
 * Cell colours for a share from 0 to 1: red where few agree, yellow half way, green where all do. Light tints,
 * so that the number in the cell stays readable in print.
 */
final class HeatColours {

	static final String NONE = "#f1f3f5";
	private static final int[] LOW = { 0xff, 0xc9, 0xc9 };
	private static final int[] MIDDLE = { 0xff, 0xf3, 0xbf };
	private static final int[] HIGH = { 0xb2, 0xf2, 0xbb };

	private HeatColours() {
	}

	static String of(double share) {
		double clamped = Math.max(0, Math.min(1, share));
		return clamped < 0.5 ? mix(LOW, MIDDLE, clamped * 2) : mix(MIDDLE, HIGH, (clamped - 0.5) * 2);
	}

	private static String mix(int[] from, int[] to, double amount) {
		StringBuilder colour = new StringBuilder("#");
		for (int i = 0; i < 3; i++) {
			colour.append(String.format(Locale.ROOT, "%02x", Math.round(from[i] + (to[i] - from[i]) * amount)));
		}
		return colour.toString();
	}
}
