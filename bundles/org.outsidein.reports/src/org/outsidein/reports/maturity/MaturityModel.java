package org.outsidein.reports.maturity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.outsidein.core.library.MethodologyLibrary;
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

/** Scores an organisation's maturity as docs/maturity-model.md describes, showing every term. */
public final class MaturityModel {

	static final double PRACTICE_WEIGHT = 0.7;
	static final double EVIDENCE_WEIGHT = 0.3;

	private MaturityModel() {
	}

	public static Maturity assess(OutsideInModel model, Assessment assessment) {
		return assess(model, assessment, EngagementMetrics.of(model), RoleSummary.of(model));
	}

	public static Maturity assess(OutsideInModel model, Assessment assessment, EngagementMetrics engagement,
			List<RoleSummary> roleSummaries) {
		Map<CustomerRole, RoleSummary> roles = new IdentityHashMap<>();
		roleSummaries.forEach(summary -> roles.put(summary.role(), summary));
		Evidence evidence = new Evidence(model, roles);
		Map<Activity, Answer> answers = answersOf(assessment);

		List<AreaScore> steps = new ArrayList<>();
		for (InnovationStep step : MethodologyLibrary.stepsOf(model)) {
			steps.add(area(step, answers, evidence.forStep(step)));
		}
		List<AreaScore> roleScores = new ArrayList<>();
		for (CustomerRole role : MethodologyLibrary.rolesOf(model)) {
			roleScores.add(area(role, answers, evidence.forRole(role)));
		}
		Score engagementScore = engagement(engagement, roleSummaries);
		Score overall = Score.of(List.of(new Term("average of the steps", average(steps), 0.4),
				new Term("average of the roles", average(roleScores), 0.4),
				new Term("engagement", engagementScore.value(), 0.2)));
		return new Maturity(assessment, steps, roleScores, engagementScore, overall, MaturityLevel.of(overall.value()));
	}

	/** Each activity's answer in the assessment; the last answer wins if one is answered twice. */
	static Map<Activity, Answer> answersOf(Assessment assessment) {
		Map<Activity, Answer> answers = new HashMap<>();
		if (assessment != null) {
			for (Answer answer : assessment.getAnswers()) {
				if (answer.getActivity() != null) {
					answers.put(answer.getActivity(), answer);
				}
			}
		}
		return answers;
	}

	private static AreaScore area(ActivityContainer area, Map<Activity, Answer> answers, Score evidence) {
		Map<AssessmentCategory, Integer> counts = new EnumMap<>(AssessmentCategory.class);
		for (AssessmentCategory category : AssessmentCategory.values()) {
			counts.put(category, 0);
		}
		double points = 0;
		for (Activity activity : area.getActivities()) {
			Answer answer = answers.get(activity);
			points += AnswerPoints.of(answer);
			counts.merge(answer == null ? AssessmentCategory.NOT_ASSESSED : answer.getCategory(), 1, Integer::sum);
		}
		int activities = area.getActivities().size();
		double practiceValue = activities == 0 ? 0 : points / activities * 100;
		Score practice = Score.of(List.of(new Term("average points of " + activities + " activities × 100",
				practiceValue, 1.0)));
		Score combined = evidence == null ? Score.of(List.of(new Term("practice", practice.value(), 1.0)))
				: Score.of(List.of(new Term("practice", practice.value(), PRACTICE_WEIGHT),
						new Term("evidence", evidence.value(), EVIDENCE_WEIGHT)));
		return new AreaScore(area, practice, evidence, combined, counts);
	}

	private static Score engagement(EngagementMetrics engagement, List<RoleSummary> roles) {
		long played = roles.stream().filter(r -> MethodologyLibrary.isStandardRole(r.role()) && r.count() > 0).count();
		return Score.of(List.of(new Term("customers in roles vs the 10 % rule", towards(engagement.activeCustomers()), 0.25),
				new Term("employees engaging vs the 30 % rule", towards(engagement.engagedEmployees()), 0.25),
				new Term("departments engaging customers", percent(engagement.engagedDepartments()), 0.25),
				new Term("standard roles played", played * 100.0 / MethodologyLibrary.STANDARD_ROLES.size(), 0.25)));
	}

	/** 100 when the rule of thumb is met, proportionally less below it. */
	private static double towards(Share share) {
		return share.isKnown() ? Math.min(1.0, share.ratio() / share.threshold()) * 100 : 0;
	}

	private static double percent(Share share) {
		return share.isKnown() ? share.ratio() * 100 : 0;
	}

	private static double average(List<AreaScore> areas) {
		return areas.stream().map(AreaScore::combined).map(Score::value).mapToDouble(Double::doubleValue).average()
				.orElse(0);
	}

}
