package org.outsidein.validation.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.validation.Issue;
import org.outsidein.validation.Severity;
import org.outsidein.validation.ValidationResult;

/** Findings point at the line their element starts on, however the file wraps its elements. */
class ElementLinesTest {

	@TempDir
	Path folder;

	@Test
	void findsTheLineOfEachElementAFindingIsAbout() throws Exception {
		Path file = Files.writeString(folder.resolve("lines.outsidein"), String.join("\n",
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
				"<outsidein:OutsideInModel xmlns:outsidein=\"http://www.outsidein.org/model/1.0\" id=\"m\" name=\"M\">",
				"  <customers id=\"c1\" name=\"Ada\" description=\"says id=&quot;c3&quot; in text\"/>",
				"  <customers name=\"Bea, whose attributes wrap\"",
				"      id=\"c2\"/>",
				"  <customers\tid=\"c3\" name=\"Cy\"/>",
				"</outsidein:OutsideInModel>", ""));
		ValidationResult result = new ValidationResult(file, "M", LocalDate.of(2026, 1, 1),
				List.of(issue("c1"), issue("c2"), issue("c3"), issue("nowhere"), issue(null)), List.of(), Map.of());
		ValidationReport report = new ValidationReport(List.of(result), List.of(), Path::toString, "", Severity.ERROR);
		assertEquals(List.of(3, 5, 6, 0, 0), result.issues().stream().map(i -> report.lineOf(result, i)).toList());
	}

	private static Issue issue(String target) {
		return new Issue(Severity.WARNING, "test.rule", "about " + target, "", target, "", null);
	}
}
