package org.outsidein.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.model.Outcome;
import org.outsidein.model.OutsideInFactory;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.SegmentRating;
import org.outsidein.tests.support.Examples;
import org.outsidein.validation.RuleProfile;
import org.outsidein.validation.ValidationService;

/** Outcomes rated by a survey show the answers behind each score, per segment too, and flag thin ones. */
class SurveyedOutcomesReportTest {

	@TempDir
	Path folder;

	@Test
	void showsTheAnswersBehindEachScoreAndFlagsThinOnes() throws Exception {
		OutsideInModel model = ModelFiles.load(Examples.cairnwood());
		Outcome rope = model.getOutcomes().stream().filter(o -> o.getName().startsWith("Know how much life")).findFirst()
				.orElseThrow();
		rope.setImportance(9.5);
		rope.setSatisfaction(1.0);
		rope.setRespondents(120);
		SegmentRating climbers = OutsideInFactory.eINSTANCE.createSegmentRating();
		climbers.setSegment(model.getSegments().stream().filter(s -> s.getName().equals("Alpine climbers")).findFirst().orElseThrow());
		climbers.setImportance(10.0);
		climbers.setSatisfaction(0.5);
		climbers.setRespondents(12);
		rope.getSegmentRatings().add(climbers);
		Path file = folder.resolve("surveyed.outsidein");
		ModelFiles.save(model.eResource(), file);

		ReportInput input = ReportInput.prepare(model, file, LocalDate.of(2026, 12, 1), null, ValidationService.fromExtensions(),
				RuleProfile.DEFAULTS);
		ReportService service = ReportService.fromExtensions();
		service.generate(input, service.forFormats(List.of("html", "md", "csv")), folder, new NullProgressMonitor());

		String html = Files.readString(folder.resolve("surveyed-report.html"));
		String table = html.substring(html.indexOf("<h3>Top opportunities</h3>"), html.indexOf("</table>", html.indexOf("<h3>Top opportunities</h3>")));
		assertTrue(table.contains("<td>Know how much life a climbing rope has left <span class=\"overdue\">under-served</span></td>"
				+ "<td class=\"n\">9.5</td><td class=\"n\">1.0</td><td class=\"n\"><strong>18.0</strong></td><td class=\"n\">120</td>"), table);
		assertTrue(table.contains("<td class=\"muted\">in Alpine climbers</td><td class=\"n\">10.0</td><td class=\"n\">0.5</td>"
				+ "<td class=\"n\">19.5</td><td class=\"n overdue\">12 (few)</td>"), "fewer than 30 answers are flagged: " + table);
		assertTrue(html.contains("fewer than 30, too few to rank on"), "the threshold comes from the methodology");

		String markdown = Files.readString(folder.resolve("surveyed-report.md"));
		assertTrue(markdown.contains("| | in Alpine climbers | 10.0 | 0.5 | 19.5 | 12 (few) |"), markdown);
		List<String> csv = Files.readAllLines(folder.resolve("surveyed-outcomes.csv"));
		assertEquals("rank,outcome,segment,importance,satisfaction,opportunity,answers", csv.get(0));
		assertTrue(csv.contains("1,Know how much life a climbing rope has left,Alpine climbers,10.0,0.5,19.5,12"), csv.toString());
	}
}
