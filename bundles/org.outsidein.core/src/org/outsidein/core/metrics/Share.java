package org.outsidein.core.metrics;

/**
 * A part of a whole measured against a rule of thumb, such as "at least 10 % of customers active in a role".
 *
 * @param count     the part
 * @param total     the whole; 0 when unknown
 * @param threshold the share the rule asks for, from 0 to 1
 */
public record Share(int count, int total, double threshold) {

	public static final double CUSTOMER_RULE = 0.10;
	public static final double EMPLOYEE_RULE = 0.30;

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
}
