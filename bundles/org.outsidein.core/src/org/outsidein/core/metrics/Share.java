package org.outsidein.core.metrics;

import java.util.Locale;

/**
 * A part of a whole measured against a rule of thumb, such as "at least 10 % of customers active in a role".
 *
 * @param count     the part
 * @param total     the whole; 0 when unknown
 * @param threshold the share the rule asks for, from 0 to 1 (0 when there is no rule)
 * @param whole     what the whole is, as the analyst sets it in the model ("customer base size")
 */
public record Share(int count, int total, double threshold, String whole) {

	/** The share from 0 to 1, or NaN when the whole is unknown. */
	public double ratio() {
		return total > 0 ? (double) count / total : Double.NaN;
	}

	public boolean isKnown() {
		return total > 0;
	}

	/** Whether the rule of thumb is met; never when the whole is unknown. */
	public boolean isMet() {
		return isKnown() && ratio() >= threshold;
	}

	/** "10 %": the threshold in force, as people write it. */
	public String thresholdText() {
		return percent(threshold);
	}

	/** "unknown — set the customer base size": what every door says when the whole is not given. */
	public String unknownText() {
		return "unknown \u2014 set the " + whole;
	}

	/** "10.3 %", or {@link #unknownText()}. */
	public String ratioText() {
		return isKnown() ? String.format(Locale.ROOT, "%.1f %%", ratio() * 100) : unknownText();
	}

	/** "met", "not met", or {@link #unknownText()}. */
	public String verdict() {
		return !isKnown() ? unknownText() : isMet() ? "met" : "not met";
	}

	/** "10 %" for 0.1, "12.5 %" for 0.125. */
	public static String percent(double share) {
		double percent = share * 100;
		return (percent == Math.rint(percent) ? String.format(Locale.ROOT, "%.0f", percent)
				: String.format(Locale.ROOT, "%.1f", percent)) + " %";
	}
}
