package org.outsidein.validation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.cli.internal.CapturedRun;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.outsidein.tests.support.Examples;

/** {@code outsidein validate}, run in-process in an OSGi runtime where the example rule plug-in is installed. */
class ValidateCommandTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

	@TempDir
	Path folder;

	private CapturedRun run(String... args) {
		return CapturedRun.run(folder, TODAY, args);
	}

	private Path example() throws Exception {
		Path copy = folder.resolve("cairnwood.outsidein");
		Files.copy(Examples.cairnwood(),
				copy);
		return copy;
	}

	@Test
	void listRulesShowsEveryRuleWithItsOrigin() {
		CapturedRun list = run("validate", "--list-rules");
		assertEquals(0, list.exitCode(), list.err());
		assertTrue(Pattern.compile("(?m)^example\\.community-ideas +info +communities +org\\.outsidein\\.example\\.rules +Own community without ideas$")
				.matcher(list.out()).find(), list.out());
		assertTrue(Pattern.compile("(?m)^outsidein\\.duplicate-ids +error +structure +org\\.outsidein\\.validation ")
				.matcher(list.out()).find(), list.out());
		assertTrue(list.out().contains("22 rules."), list.out());
	}

	@Test
	void theContributedRuleReportsOnTheExample() throws Exception {
		CapturedRun text = run("validate", example().toString());
		assertEquals(0, text.exitCode(), text.err());
		assertTrue(text.out().startsWith("cairnwood.outsidein: 0 errors, "), text.out());
		assertTrue(text.out().contains("No idea is recorded from the community 'Family Camping Circle'  [example.community-ideas]"),
				text.out());
		assertTrue(Pattern.compile("(?m)^  cairnwood\\.outsidein:\\d+  Organisation 'Cairnwood Outdoor' / Department 'Operations'$")
				.matcher(text.out()).find(), "file:line and the element's path: " + text.out());
		assertTrue(text.out().contains("Why these rules matter"), text.out());
	}

	@Test
	void failOnSetsTheExitCode() throws Exception {
		String model = example().toString();
		assertEquals(0, run("validate", model).exitCode(), "no errors in the example");
		assertEquals(1, run("validate", model, "--fail-on", "warning").exitCode());
		assertEquals(2, run("validate", model, "--fail-on", "never").exitCode());
		assertEquals(2, run("validate", model, "--format", "yaml").exitCode());
		CapturedRun missing = run("validate", "missing.outsidein");
		assertEquals(1, missing.exitCode(), "a file that cannot be read is an error finding: " + missing.out());
		assertTrue(missing.out().startsWith("missing.outsidein: 1 error, 0 warnings, 0 infos"), missing.out());
		assertTrue(missing.out().contains("no such file  [outsidein.model-file]"), missing.out());
	}

	@Test
	void aProfileNextToTheModelIsUsed() throws Exception {
		Path model = example();
		Files.writeString(folder.resolve(".outsidein-rules"),
				"outsidein.next-step-overdue = error\nexample.community-ideas = off\n");
		CapturedRun run = run("validate", model.toString(), "--as-of", "2026-11-25");
		assertEquals(1, run.exitCode(), "overdue next steps are errors for this team");
		// The 2026 assessment's 13 overdue steps; the 2025 ones are superseded by it, not overdue.
		assertTrue(run.out().startsWith("cairnwood.outsidein: 13 errors,"), run.out());
		assertTrue(!run.out().contains("example.community-ideas"), run.out());

		Files.writeString(folder.resolve(".outsidein-rules"), "outsidein.nonsense = off\n");
		CapturedRun refused = run("validate", model.toString());
		assertEquals(2, refused.exitCode());
		assertTrue(refused.err().contains(".outsidein-rules:1: unknown rule 'outsidein.nonsense'"), refused.err());
	}

	@Test
	void jsonCarriesEveryFinding() throws Exception {
		CapturedRun json = run("validate", example().toString(), "--format", "json");
		assertEquals(0, json.exitCode(), json.err());
		Matcher warnings = Pattern.compile("\"warning\": (\\d+)").matcher(json.out());
		assertTrue(warnings.find(), json.out());
		int issues = count(json.out(), "\"severity\": ");
		int counted = Integer.parseInt(warnings.group(1)) + countOf(json.out(), "\"info\": (\\d+)")
				+ countOf(json.out(), "\"error\": (\\d+)");
		assertEquals(counted, issues);
		assertTrue(json.out().contains("\"failed\": false"), json.out());
		assertTrue(json.out().contains("\"rule\": \"outsidein.toolkit-outcome\""), json.out());
	}

	@Test
	void junitXmlHasACasePerRuleAndFailuresAtTheThreshold() throws Exception {
		CapturedRun junit = run("validate", example().toString(), "--format", "junit", "--fail-on", "warning");
		assertEquals(1, junit.exitCode(), junit.err());
		Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new ByteArrayInputStream(junit.out().getBytes(StandardCharsets.UTF_8)));
		Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
		assertEquals("22", suite.getAttribute("tests"), "21 built-in rules and the example plug-in's");
		assertEquals(String.valueOf(xml.getElementsByTagName("failure").getLength()), suite.getAttribute("failures"));
		assertTrue(Integer.parseInt(suite.getAttribute("failures")) >= 8, suite.getAttribute("failures"));
	}

	@Test
	void sarifListsRulesAndLocatesResults() throws Exception {
		CapturedRun sarif = run("validate", example().toString(), "--format", "sarif");
		assertEquals(0, sarif.exitCode(), sarif.err());
		String out = sarif.out();
		assertTrue(out.contains("\"version\": \"2.1.0\""), out);
		assertEquals(23, count(out, "\"defaultConfiguration\": "), "every rule in the driver, and the model-file check");
		CapturedRun json = run("validate", folder.resolve("cairnwood.outsidein").toString(), "--format", "json");
		assertEquals(count(json.out(), "\"severity\": "), count(out, "\"ruleId\": "), "one result per finding");
		assertTrue(out.contains("\"uri\": \"cairnwood.outsidein\""), out);
		assertTrue(out.contains("\"startLine\": "), out);
		assertTrue(out.contains("\"level\": \"note\""), "info findings are SARIF notes");
	}

	private static int count(String text, String what) {
		return text.split(Pattern.quote(what), -1).length - 1;
	}

	private static int countOf(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
	}
}
