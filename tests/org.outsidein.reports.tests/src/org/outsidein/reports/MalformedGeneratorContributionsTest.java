package org.outsidein.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.outsidein.tests.support.TemporaryContributions;

/**
 * Bad contributions to {@code org.outsidein.reports.generators} are reported, naming their bundle, and
 * skipped; every other generator still writes its files.
 */
class MalformedGeneratorContributionsTest {

	private static final Bundle CONTRIBUTOR = FrameworkUtil.getBundle(ReportService.class);
	private static final String WHO = CONTRIBUTOR.getSymbolicName();
	private final TemporaryContributions contributions = new TemporaryContributions();

	@TempDir
	Path folder;

	@AfterEach
	void removeThem() {
		contributions.close();
	}

	@Test
	void badContributionsAreReportedAndTheOthersWrite() throws Exception {
		contributions.add(CONTRIBUTOR, "<extension id=\"malformed-generators\" point=\"org.outsidein.reports.generators\">"
				+ "<generator id=\"test.no-format\" name=\"No format\" class=\"org.outsidein.reports.html.HtmlReportGenerator\"/>"
				+ "<generator id=\"test.unknown\" format=\"bad1\" class=\"org.example.NoSuchGenerator\"/>"
				+ "<generator id=\"test.throwing\" format=\"bad2\" class=\"org.outsidein.reports.broken.ThrowingConstructorGenerator\"/>"
				+ "<generator id=\"test.unlinkable\" format=\"bad3\" class=\"org.outsidein.reports.broken.UnlinkableGenerator\"/>"
				+ "<generator id=\"outsidein.html\" format=\"html\" class=\"org.outsidein.reports.html.HtmlReportGenerator\"/>"
				+ "</extension>");
		ReportService service = ReportService.fromExtensions();
		assertEquals(2, service.problems().size(), service.problems().toString());
		assertTrue(service.problems().contains(WHO + ": report generator ignored: missing attribute 'format'"),
				service.problems().toString());
		assertTrue(service.problems().stream().anyMatch(p -> p.startsWith(WHO + ": report generator ignored: a second"
				+ " report generator 'outsidein.html'")), service.problems().toString());

		List<GeneratorOutcome> outcomes = service.generate(ExampleReports.input(ExampleReports.load()),
				service.forFormats(List.of("bad1", "bad2", "bad3", "md")), folder, new NullProgressMonitor());
		assertEquals(4, outcomes.size());
		for (GeneratorOutcome outcome : outcomes) {
			if (outcome.generator().format().equals("md")) {
				assertTrue(outcome.succeeded(), outcome.failure());
				assertTrue(Files.size(outcome.files().get(0)) > 0, "the Markdown report is written all the same");
			} else {
				assertTrue(!outcome.succeeded() && outcome.failure().contains("from " + WHO + " cannot be created"),
						outcome.generator().id() + ": " + outcome.failure());
			}
		}
	}
}
