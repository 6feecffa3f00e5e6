package org.outsidein.validation.format;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.outsidein.validation.Issue;
import org.outsidein.validation.RuleDescriptor;
import org.outsidein.validation.Severity;
import org.outsidein.validation.ValidationResult;

/** For people: per model, findings grouped by severity, each with file:line and the element's path. */
public class TextFormat implements ResultFormat {

	@Override
	public void write(ValidationReport report, Writer out) throws IOException {
		Map<String, RuleDescriptor> fired = new LinkedHashMap<>();
		for (ValidationResult result : report.results()) {
			String file = report.display(result);
			out.write(file + ": " + summary(result) + " (as of " + result.asOf() + ", "
					+ plural(result.rulesRun().size(), "rule") + ")\n");
			for (Severity severity : Severity.values()) {
				List<Issue> issues = result.issues().stream().filter(i -> i.severity() == severity).toList();
				if (issues.isEmpty()) {
					continue;
				}
				out.write("\n" + heading(severity) + " (" + issues.size() + ")\n");
				for (Issue issue : issues) {
					out.write("  " + report.location(result, issue) + "  " + issue.elementPath() + "\n");
					out.write("    " + issue.message() + "  [" + issue.ruleId() + "]\n");
					RuleDescriptor rule = report.rule(issue.ruleId());
					if (rule != null) {
						fired.putIfAbsent(rule.id(), rule);
					}
				}
			}
			out.write("\n");
		}
		if (!fired.isEmpty()) {
			out.write("Why these rules matter\n");
			for (RuleDescriptor rule : fired.values()) {
				out.write("  " + rule.id() + " (" + rule.name() + "): " + rule.description() + "\n");
			}
		}
	}

	static String summary(ValidationResult result) {
		Map<Severity, Integer> counts = result.counts();
		return plural(counts.get(Severity.ERROR), "error") + ", " + plural(counts.get(Severity.WARNING), "warning")
				+ ", " + plural(counts.get(Severity.INFO), "info");
	}

	private static String plural(int count, String word) {
		return count + " " + word + (count == 1 ? "" : "s");
	}

	private static String heading(Severity severity) {
		return switch (severity) {
		case ERROR -> "Errors";
		case WARNING -> "Warnings";
		case INFO -> "Information";
		};
	}
}
