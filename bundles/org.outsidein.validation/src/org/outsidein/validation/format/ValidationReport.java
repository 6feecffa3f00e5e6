package org.outsidein.validation.format;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.outsidein.validation.Issue;
import org.outsidein.validation.RuleDescriptor;
import org.outsidein.validation.Severity;
import org.outsidein.validation.ValidationResult;

/**
 * What a format writes: the results of one validation run over one or more models, with the line each
 * finding's element starts on, read once per file for this report.
 */
public final class ValidationReport {

	private final List<ValidationResult> results;
	private final List<RuleDescriptor> rules;
	private final Function<Path, String> displayPath;
	private final String toolVersion;
	private final Severity failOn;
	private final Map<Path, ElementLines> lines = new HashMap<>();

	/**
	 * @param results     one result per model
	 * @param rules       every known rule (SARIF lists them all)
	 * @param displayPath how to show a file to the reader (relative to where they ran the command)
	 * @param toolVersion the version of Outside-In
	 * @param failOn      the threshold at or above which findings fail the run
	 */
	public ValidationReport(List<ValidationResult> results, List<RuleDescriptor> rules,
			Function<Path, String> displayPath, String toolVersion, Severity failOn) {
		this.results = List.copyOf(results);
		this.rules = List.copyOf(rules);
		this.displayPath = displayPath;
		this.toolVersion = toolVersion;
		this.failOn = failOn;
	}

	public List<ValidationResult> results() {
		return results;
	}

	public List<RuleDescriptor> rules() {
		return rules;
	}

	public String toolVersion() {
		return toolVersion;
	}

	public Severity failOn() {
		return failOn;
	}

	/** The line of the finding, or the line its element starts on in its file; 0 when unknown. */
	public int lineOf(ValidationResult result, Issue issue) {
		if (issue.line() > 0) {
			return issue.line();
		}
		if (result.file() == null || issue.targetUri() == null) {
			return 0;
		}
		return lines.computeIfAbsent(result.file(), file -> ElementLines.of(file, targetsOf(result)))
				.lineOf(issue.targetUri());
	}

	private static Set<String> targetsOf(ValidationResult result) {
		Set<String> targets = new HashSet<>();
		for (Issue issue : result.issues()) {
			if (issue.targetUri() != null) {
				targets.add(issue.targetUri());
			}
		}
		return targets;
	}

	/** "models/acme.outsidein:12:5", as far as the place is known. */
	public String location(ValidationResult result, Issue issue) {
		int line = lineOf(result, issue);
		return display(result) + (line > 0 ? ":" + line + (issue.column() > 0 ? ":" + issue.column() : "") : "");
	}

	public String display(ValidationResult result) {
		return result.file() == null ? result.modelName() : displayPath.apply(result.file());
	}

	public RuleDescriptor rule(String id) {
		return rules.stream().filter(rule -> rule.id().equals(id)).findFirst().orElse(null);
	}
}
