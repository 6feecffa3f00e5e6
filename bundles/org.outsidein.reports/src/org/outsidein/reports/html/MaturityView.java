package org.outsidein.reports.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.outsidein.model.AssessmentCategory;
import org.outsidein.reports.ReportInput;
import org.outsidein.reports.charts.RadarChart;
import org.outsidein.reports.maturity.AreaScore;
import org.outsidein.reports.maturity.Maturity;
import org.outsidein.reports.maturity.Score;
import org.outsidein.reports.maturity.Term;

/** The maturity section: radar charts of the steps and roles and the arithmetic behind every score. */
final class MaturityView {

	private MaturityView() {
	}

	static Map<String, Object> of(ReportInput input) {
		Maturity maturity = input.maturity();
		Maturity before = input.comparison() == null ? null : input.comparison().before();
		return View.of().put("overall", maturity.overall().rounded())
				.put("overallArithmetic", maturity.overall().arithmetic())
				.put("level", maturity.level().number()).put("levelLabel", maturity.level().label())
				.put("levelMeaning", maturity.level().meaning())
				.put("stepsChart", radar("Maturity of the five steps", maturity.steps(), before == null ? null : before.steps()))
				.put("rolesChart", radar("Maturity of the customer roles", maturity.roles(), before == null ? null : before.roles()))
				.put("steps", rows(maturity.steps())).put("roles", rows(maturity.roles()))
				.put("engagement", maturity.engagement().rounded())
				.put("engagementTerms", terms(maturity.engagement())).map();
	}

	private static String radar(String title, List<AreaScore> areas, List<AreaScore> previous) {
		List<String> labels = areas.stream().map(a -> a.area().getName()).toList();
		List<Double> scores = areas.stream().map(a -> a.combined().value()).toList();
		List<Double> earlier = previous == null || previous.size() != areas.size() ? null
				: previous.stream().map(a -> a.combined().value()).toList();
		return RadarChart.render(title, labels, scores, earlier);
	}

	private static List<Map<String, Object>> rows(List<AreaScore> areas) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (AreaScore area : areas) {
			Map<AssessmentCategory, Integer> answers = area.answers();
			rows.add(View.of().put("name", area.area().getName()).put("practice", area.practice().rounded())
					.put("evidence", area.evidence() == null ? "–" : String.valueOf(area.evidence().rounded()))
					.put("evidenceTerms", area.evidence() == null ? List.of() : terms(area.evidence()))
					.put("combined", area.combined().rounded()).put("arithmetic", area.combined().arithmetic())
					.put("weCan", answers.get(AssessmentCategory.WE_CAN)).put("weWill", answers.get(AssessmentCategory.WE_WILL))
					.put("weShould", answers.get(AssessmentCategory.WE_SHOULD))
					.put("notAssessed", answers.get(AssessmentCategory.NOT_ASSESSED)).map());
		}
		return rows;
	}

	static List<Map<String, Object>> terms(Score score) {
		List<Map<String, Object>> terms = new ArrayList<>();
		for (Term term : score.terms()) {
			terms.add(View.of().put("label", term.label()).put("value", Math.round(term.value()))
					.put("weight", term.weight()).put("met", term.value() >= 100).map());
		}
		return terms;
	}
}
