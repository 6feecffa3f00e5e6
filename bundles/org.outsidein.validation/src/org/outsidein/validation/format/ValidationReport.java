package org.outsidein.validation.format;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.outsidein.validation.Issue;
import org.outsidein.validation.RuleDescriptor;
import org.outsidein.validation.Severity;
import org.outsidein.validation.ValidationResult;

/**
 * What a format writes: the results of one validation run over one or more models.
 *
 * @param results     one result per model
 * @param rules       every known rule (SARIF lists them all)
 * @param displayPath how to show a file to the reader (relative to where they ran the command)
 * @param toolVersion the version of Outside-In
 * @param failOn      the threshold at or above which findings fail the run
 */
public record ValidationReport(List<ValidationResult> results, List<RuleDescriptor> rules,
		Function<Path, String> displayPath, String toolVersion, Severity failOn) {

	private static final Map<Path, ElementLines> LINES = new HashMap<>();

	/** The line the issue's element starts on in its file, or 0 when unknown. */
	public int lineOf(ValidationResult result, Issue issue) {
		if (result.file() == null || issue.targetUri() == null) {
			return 0;
		}
		synchronized (LINES) {
			return LINES.computeIfAbsent(result.file(), ElementLines::of).lineOf(issue.targetUri());
		}
	}

	public String display(ValidationResult result) {
		return result.file() == null ? result.modelName() : displayPath.apply(result.file());
	}

	public RuleDescriptor rule(String id) {
		return rules.stream().filter(rule -> rule.id().equals(id)).findFirst().orElse(null);
	}
}
