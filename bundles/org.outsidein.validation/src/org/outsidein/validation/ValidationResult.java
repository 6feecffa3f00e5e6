package org.outsidein.validation;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one validation run found in one model.
 *
 * @param file        the model file, or null for a model not read from a file
 * @param modelName   the model's name
 * @param asOf        the day the model was judged on
 * @param issues      the findings, most serious first, then in model order
 * @param rulesRun    the rules that ran, in order
 * @param ruleTimes   how long each rule took, by rule id, and the walk that found their elements
 */
public record ValidationResult(Path file, String modelName, LocalDate asOf, List<Issue> issues,
		List<RuleDescriptor> rulesRun, Map<String, Duration> ruleTimes) {

	public Map<Severity, Integer> counts() {
		Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
		for (Severity severity : Severity.values()) {
			counts.put(severity, 0);
		}
		issues.forEach(issue -> counts.merge(issue.severity(), 1, Integer::sum));
		return counts;
	}

	/** Whether anything was found at the threshold or above it. */
	public boolean hasAtLeast(Severity threshold) {
		return issues.stream().anyMatch(issue -> issue.severity().isAtLeast(threshold));
	}

	/** The time all rules took together, with the walk over the model they share. */
	public Duration totalRuleTime() {
		return ruleTimes.values().stream().reduce(Duration.ZERO, Duration::plus);
	}
}
