package org.outsidein.reports.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.outsidein.core.metrics.Share;
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
		return View.of().put("pdf", forPdf).put("title", input.model().getName())
				.put("organisation", organisation == null ? input.model().getName() : organisation.getName())
				.put("asOf", input.asOf().toString())
				.put("file", input.file() == null ? "" : input.file().getFileName().toString())
				.put("summary", summary(input)).put("maturity", MaturityView.of(input))
				.put("ecosystem", EcosystemView.of(input)).put("assessment", AssessmentView.of(input))
				.put("findings", FindingsView.of(input.validation())).map();
	}

	/** The executive summary: a handful of sentences a board member reads first. */
	static List<String> summary(ReportInput input) {
		List<String> lines = new ArrayList<>();
		Maturity maturity = input.maturity();
		lines.add("Overall maturity is level " + maturity.level().number() + ", " + maturity.level().label() + " ("
				+ maturity.overall().rounded() + " of 100): " + maturity.level().meaning() + ".");
		Share customers = input.statistics().engagement().activeCustomers();
		lines.add(rule("10 %", customers, "of the customer base is active in a customer role", "customers"));
		Share employees = input.statistics().engagement().engagedEmployees();
		lines.add(rule("30 %", employees, "of employees interact with or monitor customers in a role", "employees"));
		maturity.steps().stream().max(Comparator.comparingDouble(a -> a.combined().value()))
				.ifPresent(best -> maturity.steps().stream().min(Comparator.comparingDouble(a -> a.combined().value()))
						.ifPresent(worst -> lines.add("Strongest step: " + name(best) + " (" + best.combined().rounded()
								+ "); weakest: " + name(worst) + " (" + worst.combined().rounded() + ").")));
		input.statistics().outcomesByOpportunity().stream().filter(o -> o.getOpportunity() != null).findFirst()
				.ifPresent(top -> lines.add("Biggest opportunity: \u201c" + top.getName() + "\u201d (opportunity "
						+ Formats.decimal(top.getOpportunity()) + ", importance " + Formats.decimal(top.getImportance())
						+ ", satisfaction " + Formats.decimal(top.getSatisfaction()) + ")."));
		int overdue = input.statistics().overdueNextSteps().size();
		lines.add(overdue == 0 ? "No next step is overdue." : overdue + (overdue == 1 ? " next step is" : " next steps are")
				+ " overdue as of " + input.asOf() + ".");
		AssessmentComparison comparison = input.comparison();
		if (comparison != null) {
			lines.add("Since " + comparison.before().assessment().getName() + ": overall " + comparison.before().overall().rounded()
					+ " \u2192 " + maturity.overall().rounded() + "; " + comparison.movedUp().size() + " activities moved up, "
					+ comparison.movedDown().size() + " moved down, " + comparison.delivered().size()
					+ " We Will became We Can.");
		}
		Map<Severity, Integer> counts = input.validation().counts();
		lines.add("Model checks: " + counts.get(Severity.ERROR) + " errors, " + counts.get(Severity.WARNING)
				+ " warnings, " + counts.get(Severity.INFO) + " notes.");
		return lines;
	}

	private static String rule(String rule, Share share, String what, String whole) {
		if (!share.isKnown()) {
			return "The " + rule + " rule cannot be checked: the number of " + whole + " is not given.";
		}
		return (share.isMet() ? "The " + rule + " rule is met: " : "The " + rule + " rule is not met: ")
				+ Formats.percent(share.ratio()) + " (" + Formats.count(share.count()) + " of "
				+ Formats.count(share.total()) + ") " + what + ".";
	}

	private static String name(AreaScore area) {
		return area.area().getName();
	}

}
