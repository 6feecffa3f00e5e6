package org.outsidein.reports.maturity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.core.library.MethodologyScoring;
import org.outsidein.core.metrics.EngagementMetrics;
import org.outsidein.core.metrics.RoleSummary;
import org.outsidein.core.metrics.Share;
import org.outsidein.model.Activity;
import org.outsidein.model.ActivityContainer;
import org.outsidein.model.Answer;
import org.outsidein.model.Assessment;
import org.outsidein.model.AssessmentCategory;
import org.outsidein.model.CustomerRole;
import org.outsidein.model.InnovationStep;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.Scoring;

/**
 * Scores an organisation's maturity as docs/maturity-model.md describes, with the numbers of the model's
 * methodology ({@link MethodologyScoring}), showing every term.
 */
public final class MaturityModel {

	private MaturityModel() {
	}

	public static Maturity assess(OutsideInModel model, Assessment assessment) {
		return assess(model, assessment, EngagementMetrics.of(model), RoleSummary.of(model));
	}

	public static Maturity assess(OutsideInModel model, Assessment assessment, EngagementMetrics engagement,
			List<RoleSummary> roleSummaries) {
		Scoring scoring = MethodologyScoring.of(model);
		Map<CustomerRole, RoleSummary> roles = new IdentityHashMap<>();
		roleSummaries.forEach(summary -> roles.put(summary.role(), summary));
		Evidence evidence = new Evidence(model, roles, scoring);
		Map<Activity, Answer> answers = answersOf(assessment);

		List<AreaScore> steps = new ArrayList<>();
		for (InnovationStep step : MethodologyLibrary.stepsOf(model)) {
			steps.add(area(step, answers, evidence.forStep(step), scoring));
		}
		List<AreaScore> roleScores = new ArrayList<>();
		for (CustomerRole role : MethodologyLibrary.rolesOf(model)) {
			roleScores.add(area(role, answers, evidence.forRole(role), scoring));
		}
		Score engagementScore = engagement(engagement, MethodologyLibrary.rolesOf(model), roles, scoring);
		Score overall = Score.of(List.of(new Term("average of the steps", average(steps), scoring.getStepsWeight()),
				new Term("average of the roles", average(roleScores), scoring.getRolesWeight()),
				new Term("engagement", engagementScore.value(), scoring.getEngagementWeight())));
		return new Maturity(assessment, steps, roleScores, engagementScore, overall,
				assessment == null ? null : Levels.reached(scoring, overall.value()), scoring);
	}

	/** Each activity's answer in the assessment; the last answer wins if one is answered twice. */
	static Map<Activity, Answer> answersOf(Assessment assessment) {
		Map<Activity, Answer> answers = new HashMap<>();
		if (assessment != null) {
			for (Answer answer : assessment.getAnswers()) {
				if (answer.getActivity() != null && !answer.getActivity().eIsProxy()) {
					answers.put(answer.getActivity(), answer);
				}
			}
		}
		return answers;
	}

	private static AreaScore area(ActivityContainer area, Map<Activity, Answer> answers, Score evidence,
			Scoring scoring) {
		Map<AssessmentCategory, Integer> counts = new EnumMap<>(AssessmentCategory.class);
		for (AssessmentCategory category : AssessmentCategory.values()) {
			counts.put(category, 0);
		}
		double points = 0;
		for (Activity activity : area.getActivities()) {
			Answer answer = answers.get(activity);
			points += AnswerPoints.of(answer, scoring);
			counts.merge(answer == null ? AssessmentCategory.NOT_ASSESSED : answer.getCategory(), 1, Integer::sum);
		}
		int activities = area.getActivities().size();
		double practiceValue = activities == 0 ? 0 : points / activities * 100;
		Score practice = Score.of(List.of(new Term("average points of " + activities + " activities × 100",
				practiceValue, 1.0)));
		Score combined = evidence == null ? Score.of(List.of(new Term("practice", practice.value(), 1.0)))
				: Score.of(List.of(new Term("practice", practice.value(), scoring.getPracticeWeight()),
						new Term("evidence", evidence.value(), scoring.getEvidenceWeight())));
		return new AreaScore(area, practice, evidence, combined, counts);
	}

	private static Score engagement(EngagementMetrics engagement, List<CustomerRole> methodologyRoles,
			Map<CustomerRole, RoleSummary> summaries, Scoring scoring) {
		long played = methodologyRoles.stream().filter(role -> summaries.containsKey(role) && summaries.get(role).count() > 0)
				.count();
		Share customers = engagement.activeCustomers();
		Share employees = engagement.engagedEmployees();
		return Score.of(List.of(
				new Term("customers in roles vs the " + customers.thresholdText() + " rule", towards(customers),
						scoring.getCustomerRuleWeight()),
				new Term("employees engaging vs the " + employees.thresholdText() + " rule", towards(employees),
						scoring.getEmployeeRuleWeight()),
				new Term("departments engaging customers", percent(engagement.engagedDepartments()),
						scoring.getDepartmentsWeight()),
				new Term("roles played", methodologyRoles.isEmpty() ? 0 : played * 100.0 / methodologyRoles.size(),
						scoring.getRolesPlayedWeight())));
	}

	/** 100 when the rule of thumb is met, proportionally less below it; 0 when the whole is unknown. */
	private static double towards(Share share) {
		return share.isKnown() && share.threshold() > 0 ? Math.min(1.0, share.ratio() / share.threshold()) * 100 : 0;
	}

	private static double percent(Share share) {
		return share.isKnown() ? share.ratio() * 100 : 0;
	}

	private static double average(List<AreaScore> areas) {
		return areas.stream().map(AreaScore::combined).map(Score::value).mapToDouble(Double::doubleValue).average()
				.orElse(0);
	}
}
