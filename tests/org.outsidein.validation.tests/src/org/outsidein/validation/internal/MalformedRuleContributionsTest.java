package org.outsidein.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.outsidein.core.extensions.ExtensionReader.Contributions;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.tests.support.Examples;
import org.outsidein.tests.support.TemporaryContributions;
import org.outsidein.validation.Issue;
import org.outsidein.validation.RuleDescriptor;
import org.outsidein.validation.RuleProfile;
import org.outsidein.validation.Severity;
import org.outsidein.validation.ValidationResult;
import org.outsidein.validation.ValidationService;

/**
 * Bad contributions to {@code org.outsidein.validation.rules} are reported, naming their bundle, and skipped;
 * every other rule still works.
 */
class MalformedRuleContributionsTest {

	private static final Bundle CONTRIBUTOR = FrameworkUtil.getBundle(ValidationService.class);
	private static final String WHO = CONTRIBUTOR.getSymbolicName();
	private final TemporaryContributions contributions = new TemporaryContributions();

	@AfterEach
	void removeThem() {
		contributions.close();
	}

	private static String rule(String attributes, String body) {
		return "<rule " + attributes + ">" + body + "</rule>";
	}

	private void contribute() {
		String good = "class=\"org.outsidein.validation.internal.rules.ScenarioIdealRule\"";
		contributions.add(CONTRIBUTOR, "<extension id=\"malformed-rules\" point=\"org.outsidein.validation.rules\">"
				+ rule("id=\"test.no-severity\" name=\"No severity\" category=\"test\" " + good, "")
				+ rule("id=\"test.empty-description\" name=\"Empty description\" category=\"test\" severity=\"info\""
						+ " targetClass=\"Scenario\" " + good, "<description/>")
				+ rule("id=\"test.unknown-class\" name=\"Unknown class\" category=\"test\" severity=\"warning\""
						+ " class=\"org.example.NoSuchRule\"", "")
				+ rule("id=\"test.throwing-constructor\" name=\"Throwing constructor\" category=\"test\" severity=\"warning\""
						+ " class=\"org.outsidein.validation.internal.broken.ThrowingConstructorRule\"", "")
				+ rule("id=\"test.linkage-error\" name=\"Linkage error\" category=\"test\" severity=\"warning\""
						+ " class=\"org.outsidein.validation.internal.broken.UnlinkableRule\"", "")
				+ rule("id=\"outsidein.customer-share\" name=\"A second customer share\" category=\"test\" severity=\"error\" "
						+ good, "")
				+ rule("id=\"test.bad-target\" name=\"Bad target\" category=\"test\" severity=\"info\" targetClass=\"Unicorn\" "
						+ good, "")
				+ "</extension>");
	}

	@Test
	void badDeclarationsAreSkippedWithTheBundleNamed() {
		int before = ExtensionRules.read().size();
		contribute();
		Contributions<RuleDescriptor> read = ExtensionRules.contributions();
		List<String> problems = read.problems();
		assertEquals(3, problems.size(), problems.toString());
		assertTrue(problems.contains(WHO + ": validation rule ignored: missing attribute 'severity'"), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.startsWith(WHO + ": validation rule ignored: a second validation rule"
				+ " 'outsidein.customer-share'")), problems.toString());
		assertTrue(problems.contains(WHO + ": validation rule ignored: rule 'test.bad-target': targetClass 'Unicorn' is not a"
				+ " known class"), problems.toString());
		// The empty description is no reason to lose a rule, and the classes are only created when rules run.
		assertEquals(before + 4, read.items().size());
		RuleDescriptor emptyDescription = read.items().stream().filter(r -> r.id().equals("test.empty-description"))
				.findFirst().orElseThrow();
		assertEquals("", emptyDescription.description());
	}

	@Test
	void rulesThatCannotBeCreatedAreReportedAndTheOthersRun() throws Exception {
		contribute();
		ValidationService service = ValidationService.fromExtensions();
		ValidationResult result = service.validate(ModelFiles.load(Examples.cairnwood()), LocalDate.of(2026, 11, 25),
				RuleProfile.DEFAULTS, null);
		for (String id : List.of("test.unknown-class", "test.throwing-constructor", "test.linkage-error")) {
			List<Issue> failures = result.issues().stream().filter(i -> i.ruleId().equals(id)).toList();
			assertEquals(1, failures.size(), id + ": " + failures);
			assertEquals(Severity.ERROR, failures.get(0).severity());
			assertTrue(failures.get(0).message().contains("from " + WHO), failures.get(0).message());
		}
		assertTrue(result.issues().stream().anyMatch(i -> i.ruleId().equals("outsidein.employee-share")),
				"the built-in rules still report");
		assertTrue(result.issues().stream().anyMatch(i -> i.ruleId().equals("outsidein.customer-orphan")));
	}
}
