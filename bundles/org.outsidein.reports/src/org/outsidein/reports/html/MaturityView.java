package org.outsidein.reports.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.outsidein.core.labels.ElementLabels;
import org.outsidein.model.AssessmentCategory;
import org.outsidein.model.MaturityLevel;
import org.outsidein.reports.ReportInput;
import org.outsidein.reports.charts.RadarChart;
import org.outsidein.reports.maturity.AreaScore;
import org.outsidein.reports.maturity.Maturity;
import org.outsidein.reports.maturity.Score;
import org.outsidein.reports.maturity.Term;

/**
 * The maturity section: radar charts of the steps and roles and the arithmetic behind every score. Without a
 * self-assessment there is no grade: only what the model records (the evidence) is shown.
 */
final class MaturityView {

	static final String NOT_ASSESSED = "Not assessed yet";

	private MaturityView() {
	}

	static Map<String, Object> of(ReportInput input) {
		Maturity maturity = input.maturity();
		Maturity before = input.comparison() == null ? null : input.comparison().before();
		MaturityLevel level = maturity.level();
		View view = View.of().put("assessed", maturity.isAssessed()).put("graded", level != null)
				.put("overall", maturity.overall().rounded()).put("overallArithmetic", maturity.overall().arithmetic())
				.put("level", level == null ? "–" : String.valueOf(level.getNumber()))
				.put("levels", maturity.scoring().getLevels().size())
				.put("levelLabel", level == null ? NOT_ASSESSED : ElementLabels.name(level))
				.put("levelMeaning", level == null ? "" : level.getDescription())
				.put("steps", rows(maturity.steps())).put("roles", rows(maturity.roles()))
				.put("engagement", maturity.engagement().rounded())
				.put("engagementTerms", terms(maturity.engagement()));
		if (maturity.isAssessed()) {
			view.put("stepsChart", radar("Maturity of the steps", maturity.steps(), before == null ? null : before.steps()))
					.put("rolesChart", radar("Maturity of the customer roles", maturity.roles(),
							before == null ? null : before.roles()));
		}
		return view.map();
	}

	private static String radar(String title, List<AreaScore> areas, List<AreaScore> previous) {
		List<String> labels = areas.stream().map(a -> ElementLabels.name(a.area())).toList();
		List<Double> scores = areas.stream().map(a -> a.combined().value()).toList();
		List<Double> earlier = previous == null || previous.size() != areas.size() ? null
				: previous.stream().map(a -> a.combined().value()).toList();
		return RadarChart.render(title, labels, scores, earlier);
	}

	private static List<Map<String, Object>> rows(List<AreaScore> areas) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (AreaScore area : areas) {
			Map<AssessmentCategory, Integer> answers = area.answers();
			rows.add(View.of().put("name", ElementLabels.name(area.area())).put("practice", area.practice().rounded())
					.put("evidence", area.evidence() == null ? "–" : String.valueOf(area.evidence().rounded()))
					.put("evidenceTerms", area.evidence() == null ? List.of() : terms(area.evidence()))
					.put("evidenceArithmetic", area.evidence() == null ? "no evidence is defined for it"
							: area.evidence().arithmetic())
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
					.put("weight", Score.number(term.weight())).put("met", term.value() >= 100).map());
		}
		return terms;
	}
}
