package org.outsidein.reports.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.outsidein.validation.Issue;
import org.outsidein.validation.Severity;
import org.outsidein.validation.ValidationResult;

/** The validation findings, most serious first; very long lists are cut, with the count of what is left out. */
final class FindingsView {

	static final int SHOWN_PER_SEVERITY = 50;

	private FindingsView() {
	}

	static Map<String, Object> of(ValidationResult result) {
		List<Map<String, Object>> groups = new ArrayList<>();
		for (Severity severity : Severity.values()) {
			List<Issue> issues = result.issues().stream().filter(issue -> issue.severity() == severity).toList();
			if (issues.isEmpty()) {
				continue;
			}
			List<Map<String, Object>> rows = new ArrayList<>();
			issues.stream().limit(SHOWN_PER_SEVERITY).forEach(issue -> rows.add(View.of().put("message", issue.message())
					.put("element", issue.elementPath()).put("rule", issue.ruleId()).map()));
			groups.add(View.of().put("severity", severity.word()).put("count", issues.size()).put("issues", rows)
					.put("omitted", Math.max(0, issues.size() - SHOWN_PER_SEVERITY)).map());
		}
		Map<Severity, Integer> counts = result.counts();
		return View.of().put("groups", groups).put("counts", Formats.plural(counts.get(Severity.ERROR), "error") + ", "
				+ Formats.plural(counts.get(Severity.WARNING), "warning") + ", " + Formats.plural(counts.get(Severity.INFO), "note"))
				.map();
	}
}
