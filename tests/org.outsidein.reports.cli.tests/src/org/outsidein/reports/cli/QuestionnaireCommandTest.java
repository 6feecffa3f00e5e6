package org.outsidein.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.cli.internal.CapturedRun;
import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.model.OutsideInModel;
import org.outsidein.tests.support.Examples;
import org.outsidein.tests.support.ModelShape;

/** {@code outsidein questionnaire}: one self-contained page asking about every activity of the methodology. */
class QuestionnaireCommandTest {

	@TempDir
	Path folder;

	@Test
	void asksAboutEveryActivityOffline() throws Exception {
		CapturedRun run = CapturedRun.run(folder, ModelShape.AS_OF, "questionnaire", Examples.cairnwood().toString(),
				"--out", "send");
		assertEquals(0, run.exitCode(), run.err());
		Path page = folder.resolve("send/cairnwood-outdoor-questionnaire.html");
		assertEquals(page.toString(), run.out().strip());
		String html = Files.readString(page, StandardCharsets.UTF_8);

		OutsideInModel model = ModelFiles.load(Examples.cairnwood());
		long activities = MethodologyLibrary.stepsOf(model).stream().mapToLong(step -> step.getActivities().size()).sum()
				+ MethodologyLibrary.rolesOf(model).stream().mapToLong(role -> role.getActivities().size()).sum();
		assertEquals(activities, count(html, "class=\"activity\""), "one question per activity of every step and role");
		assertEquals(activities * 4, count(html, "type=\"radio\""), "We Can, We Will, We Should, Don't know each");
		assertTrue(html.contains("data-activity=\"platform:/plugin/org.outsidein.core/library/outside-innovation.outsidein#"),
				"answers name the methodology's activities");
		assertTrue(html.contains("<option>Product Design</option>") || html.contains("<option>"), "the departments to pick");
		assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "nothing is fetched from anywhere");
		assertFalse(html.contains("<link") || html.contains("<script src"), "styles and script are inline");
	}

	@Test
	void namesFromTheModelAreEscaped() throws Exception {
		String hostile = Files.readString(Examples.cairnwood()).replace("name=\"Cairnwood Outdoor\"",
				"name=\"&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"");
		Path file = Files.writeString(folder.resolve("hostile.outsidein"), hostile);
		CapturedRun run = CapturedRun.run(folder, ModelShape.AS_OF, "questionnaire", file.toString());
		assertEquals(0, run.exitCode(), run.err());
		String html = Files.readString(folder.resolve("questionnaire/hostile-questionnaire.html"));
		assertFalse(html.contains("<script>alert(1)"), "the organisation's name is text, not markup");
		assertTrue(html.contains("&lt;/script&gt;&lt;script&gt;alert(1)"), html.substring(0, 600));
	}

	private static long count(String text, String what) {
		Matcher matcher = Pattern.compile(Pattern.quote(what)).matcher(text);
		long count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}
}
