package org.outsidein.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.core.metrics.EngagementMetrics;
import org.outsidein.core.metrics.ModelStatistics;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.model.Answer;
import org.outsidein.model.Assessment;
import org.outsidein.model.AssessmentCategory;
import org.outsidein.model.Customer;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.RoleAssignment;
import org.outsidein.model.util.Days;
import org.outsidein.reports.maturity.History;
import org.outsidein.tests.support.Examples;

/** A model with three assessments shows their series: scores from the answers, shares as of each day. */
class HistoryTest {

	@TempDir
	Path folder;

	@Test
	void threeAssessmentsMakeASeriesInEveryFormat() throws Exception {
		OutsideInModel model = ModelFiles.load(Examples.cairnwood());
		List<Assessment> before = List.copyOf(model.getAssessments());
		assertEquals(2, before.size(), "the example has two assessments");
		// a third, a year later, with every answer We Can: its score can only rise
		Assessment latest = before.stream().max((a, b) -> Days.of(a.getDate()).compareTo(Days.of(b.getDate()))).orElseThrow();
		Assessment third = EcoreUtil.copy(latest);
		third.setId("third");
		third.setName("Self-assessment 2027");
		third.setDate(Days.date(Days.of(latest.getDate()).plusYears(1)));
		for (Answer answer : third.getAnswers()) {
			answer.setId(null);
			answer.setCategory(AssessmentCategory.WE_CAN);
		}
		model.getAssessments().add(third);
		Path file = folder.resolve("three.outsidein");
		ModelFiles.save(model.eResource(), file);

		ModelStatistics statistics = ModelStatistics.of(model, LocalDate.of(2027, 6, 1));
		List<History.Point> points = History.of(model, statistics.engagement(), statistics.roles());
		assertEquals(List.of(Days.of(before.get(0).getDate()), Days.of(before.get(1).getDate()), Days.of(third.getDate())),
				points.stream().map(History.Point::date).sorted().toList(), "every dated assessment, in order");
		double[] overall = points.stream().mapToDouble(p -> p.maturity().overall().value()).toArray();
		assertTrue(overall[0] < overall[1] && overall[1] < overall[2], "the example improves, then all We Can: "
				+ java.util.Arrays.toString(overall));

		ReportInput input = ReportInput.prepare(model, file, LocalDate.of(2027, 6, 1), null,
				org.outsidein.validation.ValidationService.fromExtensions(), org.outsidein.validation.RuleProfile.DEFAULTS);
		ReportService service = ReportService.fromExtensions();
		service.generate(input, service.forFormats(List.of("html", "md", "csv")), folder, new NullProgressMonitor());
		String html = Files.readString(folder.resolve("three-report.html"));
		assertTrue(html.contains("<h2>History</h2>"), "the page has the series");
		assertTrue(html.contains("Overall score over time") && html.contains("The rules of thumb over time"), "and charts");
		assertTrue(html.contains("Self-assessment 2027"), html);
		String markdown = Files.readString(folder.resolve("three-report.md"));
		assertTrue(markdown.contains("## History"), markdown);
		List<String> csv = Files.readAllLines(folder.resolve("three-history.csv"));
		assertEquals(4, csv.size(), "a header and three assessments: " + csv);
	}

	@Test
	void theSharesCountRoleAssignmentsFromTheirSinceDay() throws Exception {
		OutsideInModel model = ModelFiles.load(Examples.cairnwood());
		EngagementMetrics today = EngagementMetrics.of(model);
		LocalDate earliest = LocalDate.MAX;
		for (Customer customer : model.getCustomers()) {
			for (RoleAssignment role : customer.getRoles()) {
				LocalDate since = Days.of(role.getSince());
				if (since != null && since.isBefore(earliest)) {
					earliest = since;
				}
			}
		}
		EngagementMetrics beforeAll = EngagementMetrics.asOf(model, earliest.minusDays(1));
		assertTrue(beforeAll.activeCustomers().count() < today.activeCustomers().count(),
				"before the first dated role, fewer customers were active");
		assertEquals(today.activeCustomers().count(), EngagementMetrics.asOf(model, LocalDate.of(2100, 1, 1))
				.activeCustomers().count(), "far in the future, all of them");
		assertFalse(beforeAll.activeCustomers().count() < 0);
	}
}
