package org.outsidein.reports.maturity;

import org.outsidein.model.MaturityLevel;
import org.outsidein.model.Scoring;

/** Which of a methodology's maturity levels an overall score reaches. */
final class Levels {

	private Levels() {
	}

	/** The level with the highest minimum score the overall score reaches, or null when none is defined. */
	static MaturityLevel reached(Scoring scoring, double overall) {
		MaturityLevel reached = null;
		for (MaturityLevel level : scoring.getLevels()) {
			if (overall >= level.getMinimumScore()
					&& (reached == null || level.getMinimumScore() > reached.getMinimumScore())) {
				reached = level;
			}
		}
		return reached;
	}
}
