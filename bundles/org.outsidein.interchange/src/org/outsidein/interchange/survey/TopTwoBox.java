package org.outsidein.interchange.survey;

/**
 * Ratings of one outcome on a 1-5 scale, counted as Outcome-Driven Innovation counts them: the score is the share of
 * respondents who gave a 4 or a 5 (the "top two boxes"), times 10, so from 0 to 10, to one decimal.
 */
final class TopTwoBox {

	static final int LOWEST = 1;
	static final int HIGHEST = 5;
	private static final int TOP_TWO = HIGHEST - 1;

	private int answers;
	private int topTwo;

	void add(int rating) {
		answers++;
		if (rating >= TOP_TWO) {
			topTwo++;
		}
	}

	int answers() {
		return answers;
	}

	/** Null without answers. */
	Double score() {
		return answers == 0 ? null : Math.round(100.0 * topTwo / answers) / 10.0;
	}
}
