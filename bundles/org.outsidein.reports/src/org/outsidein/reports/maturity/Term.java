package org.outsidein.reports.maturity;

/**
 * One part of a score: what it measures, its value (0 to 100) and its weight. The score is the sum of
 * value × weight over its terms, so a report can print the arithmetic.
 */
public record Term(String label, double value, double weight) {

	public double contribution() {
		return value * weight;
	}
}
