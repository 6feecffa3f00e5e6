package org.outsidein.validation.format;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.outsidein.validation.Issue;
import org.outsidein.validation.RuleDescriptor;
import org.outsidein.validation.Severity;
import org.outsidein.validation.ValidationResult;

/**
 * SARIF 2.1.0, the static-analysis results format code-scanning dashboards read: one run, every rule in
 * the tool's driver, one result per finding, located by file and line and by the element's path.
 */
public class SarifFormat implements ResultFormat {

	static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

	@Override
	public void write(ValidationReport report, Writer out) throws IOException {
		Map<String, Integer> ruleIndex = new HashMap<>();
		List<Object> rules = new ArrayList<>();
		for (RuleDescriptor rule : report.rules()) {
			ruleIndex.put(rule.id(), rules.size());
			rules.add(rule(rule));
		}
		Map<String, Object> driver = new LinkedHashMap<>();
		driver.put("name", "Outside-In");
		driver.put("version", report.toolVersion());
		driver.put("informationUri", "https://github.com/outsidein/outsidein");
		driver.put("rules", rules);

		List<Object> results = new ArrayList<>();
		for (ValidationResult result : report.results()) {
			for (Issue issue : result.issues()) {
				results.add(result(report, result, issue, ruleIndex.get(issue.ruleId())));
			}
		}
		Map<String, Object> run = new LinkedHashMap<>();
		run.put("tool", Map.of("driver", driver));
		run.put("results", results);

		Map<String, Object> sarif = new LinkedHashMap<>();
		sarif.put("$schema", SCHEMA);
		sarif.put("version", "2.1.0");
		sarif.put("runs", List.of(run));
		Json.write(sarif, out);
	}

	private static Map<String, Object> rule(RuleDescriptor rule) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", rule.id());
		json.put("name", rule.name());
		json.put("shortDescription", Map.of("text", rule.name()));
		json.put("fullDescription", Map.of("text", rule.description()));
		json.put("defaultConfiguration", Map.of("level", level(rule.severity())));
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("category", rule.category());
		properties.put("contributor", rule.contributor());
		json.put("properties", properties);
		return json;
	}

	private static Map<String, Object> result(ValidationReport report, ValidationResult result, Issue issue,
			Integer ruleIndex) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("ruleId", issue.ruleId());
		if (ruleIndex != null) {
			json.put("ruleIndex", ruleIndex);
		}
		json.put("level", level(issue.severity()));
		json.put("message", Map.of("text", issue.message()));
		Map<String, Object> physical = new LinkedHashMap<>();
		physical.put("artifactLocation", Map.of("uri", report.display(result).replace('\\', '/')));
		int line = report.lineOf(result, issue);
		if (line > 0) {
			Map<String, Object> region = new LinkedHashMap<>();
			region.put("startLine", line);
			if (issue.column() > 0) {
				region.put("startColumn", issue.column());
			}
			physical.put("region", region);
		}
		Map<String, Object> location = new LinkedHashMap<>();
		location.put("physicalLocation", physical);
		if (!issue.elementPath().isEmpty()) {
			location.put("logicalLocations", List.of(Map.of("fullyQualifiedName", issue.elementPath(), "kind", "element")));
		}
		json.put("locations", List.of(location));
		return json;
	}

	/** SARIF's levels: error, warning, note. */
	static String level(Severity severity) {
		return switch (severity) {
		case ERROR -> "error";
		case WARNING -> "warning";
		case INFO -> "note";
		};
	}
}
