package org.outsidein.reports.maturity;

import java.util.List;

import org.outsidein.model.Assessment;
import org.outsidein.model.MaturityLevel;
import org.outsidein.model.Scoring;

/**
 * The maturity of an organisation according to one assessment and the model.
 *
 * @param assessment the assessment scored, or null when the model has none
 * @param level      the level the overall score reaches, or null when there is no assessment to grade (no
 *                   grade without a self-assessment) or the methodology defines no levels
 * @param scoring    the methodology's numbers the scores were computed with
 */
public record Maturity(Assessment assessment, List<AreaScore> steps, List<AreaScore> roles, Score engagement,
		Score overall, MaturityLevel level, Scoring scoring) {

	/** Whether there is a self-assessment to grade; without one, no level is given. */
	public boolean isAssessed() {
		return assessment != null;
	}
}
