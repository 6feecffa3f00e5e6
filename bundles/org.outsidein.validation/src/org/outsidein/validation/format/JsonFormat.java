package org.outsidein.validation.format;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.outsidein.validation.Issue;
import org.outsidein.validation.ValidationResult;

/** For scripts: every finding with its rule, element, line and explanation. */
public class JsonFormat implements ResultFormat {

	@Override
	public void write(ValidationReport report, Writer out) throws IOException {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("tool", "Outside-In");
		root.put("version", report.toolVersion());
		root.put("failOn", report.failOn().word());
		List<Object> models = new ArrayList<>();
		for (ValidationResult result : report.results()) {
			Map<String, Object> model = new LinkedHashMap<>();
			model.put("file", report.display(result));
			model.put("model", result.modelName());
			model.put("asOf", result.asOf().toString());
			Map<String, Object> counts = new LinkedHashMap<>();
			result.counts().forEach((severity, count) -> counts.put(severity.word(), count));
			model.put("counts", counts);
			model.put("failed", result.hasAtLeast(report.failOn()));
			List<Object> issues = new ArrayList<>();
			for (Issue issue : result.issues()) {
				issues.add(issue(report, result, issue));
			}
			model.put("issues", issues);
			models.add(model);
		}
		root.put("models", models);
		Json.write(root, out);
	}

	private static Map<String, Object> issue(ValidationReport report, ValidationResult result, Issue issue) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("severity", issue.severity().word());
		json.put("rule", issue.ruleId());
		json.put("message", issue.message());
		json.put("element", issue.elementPath());
		json.put("id", issue.targetUri());
		int line = report.lineOf(result, issue);
		json.put("line", line > 0 ? Integer.valueOf(line) : null);
		json.put("column", issue.column() > 0 ? Integer.valueOf(issue.column()) : null);
		json.put("fix", issue.fixId());
		json.put("explanation", issue.explanation());
		return json;
	}

}
