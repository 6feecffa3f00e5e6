package org.outsidein.reports.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.outsidein.core.labels.ElementLabels;
import org.outsidein.core.metrics.Share;
import org.outsidein.model.MaturityLevel;
import org.outsidein.model.Named;
import org.outsidein.model.Organisation;
import org.outsidein.reports.ReportInput;
import org.outsidein.reports.maturity.AreaScore;
import org.outsidein.reports.maturity.AssessmentComparison;
import org.outsidein.reports.maturity.Maturity;
import org.outsidein.validation.Severity;

/**
 * Everything the report template shows, as plain names and values. The template only lays it out; numbers
 * are formatted here, so HTML, PDF and Markdown say the same thing.
 */
public final class ReportView {

	private ReportView() {
	}

	/** @param forPdf whether the view feeds the PDF renderer (print layout, no interactive parts) */
	public static Map<String, Object> of(ReportInput input, boolean forPdf) {
		Organisation organisation = input.model().getOrganisation();
		String title = hasName(input.model()) ? input.model().getName() : "Model " + input.baseName();
		return View.of().put("pdf", forPdf).put("title", title)
				.put("organisation", hasName(organisation) ? organisation.getName() : title)
				.put("asOf", input.asOf().toString())
				.put("file", input.file() == null ? "" : input.file().getFileName().toString())
				.put("summary", summary(input)).put("maturity", MaturityView.of(input))
				.put("ecosystem", EcosystemView.of(input)).put("communities", CommunitiesView.of(input.model().getCommunities()))
				.put("programmes", ProgrammesView.of(input.model())).put("scenarios", ScenariosView.of(input.model()))
				.put("assessment", AssessmentView.of(input)).put("consensus", ConsensusView.of(input)).put("history", HistoryView.of(input))
				.put("findings", FindingsView.of(input.validation())).map();
	}

	/** The executive summary: a handful of sentences a board member reads first, each true for this model. */
	static List<String> summary(ReportInput input) {
		List<String> lines = new ArrayList<>();
		Maturity maturity = input.maturity();
		lines.add(level(maturity));
		lines.add(rule(input.statistics().engagement().activeCustomers(), "of the customer base is active in a customer role",
				"Customers active in a role"));
		lines.add(rule(input.statistics().engagement().engagedEmployees(),
				"of employees interact with or monitor customers in a role", "Employees engaging customers"));
		if (maturity.isAssessed()) {
			strongestAndWeakest(maturity.steps()).ifPresent(lines::add);
		}
		input.statistics().outcomesByOpportunity().stream().filter(o -> o.getOpportunity() != null).findFirst()
				.ifPresent(top -> lines.add("Biggest opportunity: \u201c" + ElementLabels.name(top) + "\u201d (opportunity "
						+ Formats.decimal(top.getOpportunity()) + ", importance " + Formats.decimal(top.getImportance())
						+ ", satisfaction " + Formats.decimal(top.getSatisfaction()) + ")."));
		if (maturity.isAssessed()) {
			int overdue = input.statistics().overdueNextSteps().size();
			lines.add(overdue == 0 ? "No next step of the latest assessment is overdue."
					: overdue + (overdue == 1 ? " next step is" : " next steps are") + " overdue as of " + input.asOf() + ".");
		}
		AssessmentComparison comparison = input.comparison();
		if (comparison != null) {
			lines.add("Since " + ElementLabels.name(comparison.before().assessment()) + ": overall "
					+ comparison.before().overall().rounded() + " \u2192 " + maturity.overall().rounded() + "; "
					+ Formats.plural(comparison.movedUp().size(), "activity", "activities") + " moved up, "
					+ comparison.movedDown().size() + " moved down, "
					+ comparison.delivered().size() + " We Will became We Can.");
		}
		ConsensusView.summary(input).ifPresent(lines::add);
		Map<Severity, Integer> counts = input.validation().counts();
		lines.add("Model checks: " + Formats.plural(counts.get(Severity.ERROR), "error") + ", "
				+ Formats.plural(counts.get(Severity.WARNING), "warning") + ", " + Formats.plural(counts.get(Severity.INFO), "note")
				+ ".");
		return lines;
	}

	private static String level(Maturity maturity) {
		MaturityLevel level = maturity.level();
		if (!maturity.isAssessed()) {
			return MaturityView.NOT_ASSESSED + ": the model holds no self-assessment, so no maturity level is given."
					+ " Record one (We Can, We Will or We Should for each activity) to be graded.";
		}
		if (level == null) {
			return "Overall score " + maturity.overall().rounded() + " of 100; the methodology defines no maturity levels.";
		}
		return "Overall maturity is level " + level.getNumber() + ", " + ElementLabels.name(level) + " ("
				+ maturity.overall().rounded() + " of 100)"
				+ (level.getDescription() == null || level.getDescription().isBlank() ? "." : ": " + level.getDescription() + ".");
	}

	/** "Strongest step: …; weakest: …", only when there is a difference to tell. */
	private static Optional<String> strongestAndWeakest(List<AreaScore> steps) {
		AreaScore best = null;
		AreaScore worst = null;
		for (AreaScore step : steps) {
			if (best == null || step.combined().rounded() > best.combined().rounded()) {
				best = step;
			}
			if (worst == null || step.combined().rounded() < worst.combined().rounded()) {
				worst = step;
			}
		}
		if (best == null || best.combined().rounded() == worst.combined().rounded()) {
			return Optional.empty();
		}
		return Optional.of("Strongest step: " + ElementLabels.name(best.area()) + " (" + best.combined().rounded()
				+ "); weakest: " + ElementLabels.name(worst.area()) + " (" + worst.combined().rounded() + ").");
	}

	private static String rule(Share share, String what, String measure) {
		if (!share.isKnown()) {
			return measure + " (rule of thumb: at least " + share.thresholdText() + "): " + share.unknownText() + ".";
		}
		return "The " + share.thresholdText() + " rule is " + (share.isMet() ? "met: " : "not met: ")
				+ share.ratioText() + " (" + Formats.count(share.count()) + " of " + Formats.count(share.total()) + ") "
				+ what + ".";
	}

	private static boolean hasName(Named element) {
		return element != null && element.getName() != null && !element.getName().isBlank();
	}
}
