package org.outsidein.reports.maturity;

import java.util.Map;

import org.outsidein.model.ActivityContainer;
import org.outsidein.model.AssessmentCategory;

/**
 * The maturity of one step or one role.
 *
 * @param area      the step or role
 * @param practice  from the self-assessment
 * @param evidence  from what the model records, or null when the area has no evidence defined
 * @param combined  practice and evidence together
 * @param answers   how many of its activities got each answer
 */
public record AreaScore(ActivityContainer area, Score practice, Score evidence, Score combined,
		Map<AssessmentCategory, Integer> answers) {
}
