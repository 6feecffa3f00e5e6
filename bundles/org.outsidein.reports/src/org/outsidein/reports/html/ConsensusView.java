package org.outsidein.reports.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.outsidein.core.labels.ElementLabels;
import org.outsidein.model.ActivityContainer;
import org.outsidein.model.Assessment;
import org.outsidein.model.AssessmentCategory;
import org.outsidein.reports.ReportInput;
import org.outsidein.reports.maturity.ConsensusFindings;

/**
 * Where the organisation disagrees with itself, when the assessment came from a questionnaire with two or more
 * respondents: the most disputed activities with who said what, and a heat map of each department's agreement
 * with the consensus per step and role.
 */
final class ConsensusView {

	/** How many disputed activities the report lists. */
	static final int DISPUTED_SHOWN = 10;
	private static final int FROM_RESPONDENTS = 2;

	private ConsensusView() {
	}

	static Map<String, Object> of(ReportInput input) {
		Assessment assessment = input.maturity().assessment();
		boolean present = assessment != null && assessment.getResponses().size() >= FROM_RESPONDENTS;
		View view = View.of().put("present", present);
		if (!present) {
			return view.map();
		}
		ConsensusFindings findings = ConsensusFindings.of(input.maturity());
		OptionalDouble agreement = findings.agreement();
		return view.put("respondents", Formats.plural(findings.respondents(), "respondent"))
				.put("departments", Formats.plural(findings.departments().size(), "department"))
				.put("agreement", agreement.isPresent() ? Formats.percent(agreement.getAsDouble()) : "–")
				.put("disputed", disputed(findings)).put("columns", findings.departments()).put("heat", heat(findings)).map();
	}

	/** For the executive summary: how many answered, and the activity they disagree on most. */
	static Optional<String> summary(ReportInput input) {
		Assessment assessment = input.maturity().assessment();
		if (assessment == null || assessment.getResponses().size() < FROM_RESPONDENTS) {
			return Optional.empty();
		}
		ConsensusFindings findings = ConsensusFindings.of(input.maturity());
		String answered = Formats.plural(findings.respondents(), "respondent") + " from "
				+ Formats.plural(findings.departments().size(), "department") + " answered the self-assessment";
		return Optional.of(findings.mostDisputed(1).stream().findFirst()
				.map(top -> answered + "; they disagree most on \u201c" + ElementLabels.name(top.consensus().activity())
						+ "\u201d (" + Formats.percent(top.consensus().disagreement()) + " off the consensus, "
						+ label(top.consensus().consensus()) + ").")
				.orElse(answered + "; they all agree."));
	}

	private static List<Map<String, Object>> disputed(ConsensusFindings findings) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (ConsensusFindings.Split split : findings.mostDisputed(DISPUTED_SHOWN)) {
			List<Map<String, Object>> who = new ArrayList<>();
			split.who().forEach((category, people) -> who.add(View.of().put("answer", label(category))
					.put("css", css(category)).put("people", String.join(", ", people)).map()));
			rows.add(View.of().put("activity", ElementLabels.name(split.consensus().activity()))
					.put("area", split.area() == null ? "" : ElementLabels.name(split.area()))
					.put("consensus", label(split.consensus().consensus())).put("css", css(split.consensus().consensus()))
					.put("disagreement", Formats.percent(split.consensus().disagreement())).put("who", who).map());
		}
		return rows;
	}

	/** One row per step or role answered: everyone's agreement, then each department's, with a cell colour. */
	private static List<Map<String, Object>> heat(ConsensusFindings findings) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (ActivityContainer area : findings.areas()) {
			OptionalDouble all = findings.agreement(area, null);
			if (all.isEmpty()) {
				continue;
			}
			List<Map<String, Object>> cells = new ArrayList<>();
			cells.add(cell(all));
			findings.departments().forEach(department -> cells.add(cell(findings.agreement(area, department))));
			rows.add(View.of().put("area", ElementLabels.name(area)).put("cells", cells).map());
		}
		return rows;
	}

	private static Map<String, Object> cell(OptionalDouble agreement) {
		return View.of().put("text", agreement.isPresent() ? Formats.percent(agreement.getAsDouble()) : "–")
				.put("colour", agreement.isPresent() ? HeatColours.of(agreement.getAsDouble()) : HeatColours.NONE).map();
	}

	static String label(AssessmentCategory category) {
		return category == AssessmentCategory.NOT_ASSESSED ? "Don't know" : category.getLiteral();
	}

	private static String css(AssessmentCategory category) {
		return category.getName().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
