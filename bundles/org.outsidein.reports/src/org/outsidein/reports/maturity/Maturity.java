package org.outsidein.reports.maturity;

import java.util.List;

import org.outsidein.model.Assessment;

/**
 * The maturity of an organisation according to one assessment and the model.
 *
 * @param assessment the assessment scored, or null when the model has none
 */
public record Maturity(Assessment assessment, List<AreaScore> steps, List<AreaScore> roles, Score engagement,
		Score overall, MaturityLevel level) {
}
