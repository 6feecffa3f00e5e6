package org.outsidein.reports.maturity;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A score from 0 to 100 with the terms it was computed from. */
public record Score(double value, List<Term> terms) {

	public static Score of(List<Term> terms) {
		double sum = terms.stream().mapToDouble(Term::contribution).sum();
		return new Score(Math.max(0, Math.min(100, sum)), List.copyOf(terms));
	}

	public int rounded() {
		return (int) Math.round(value);
	}

	/** "0.7 × 62.5 (practice) + 0.3 × 50 (evidence) = 58.8". */
	public String arithmetic() {
		String sum = terms.stream().map(term -> String.format(Locale.ROOT, "%s × %s (%s)", number(term.weight()),
				number(term.value()), term.label())).collect(Collectors.joining(" + "));
		return sum + " = " + number(value);
	}

	/** "0.25", "77", "51.88": a number as the arithmetic shows it. */
	public static String number(double value) {
		if (value == Math.rint(value)) {
			return Long.toString(Math.round(value));
		}
		String text = String.format(Locale.ROOT, "%.2f", value);
		return text.replaceAll("0+$", "");
	}
}
