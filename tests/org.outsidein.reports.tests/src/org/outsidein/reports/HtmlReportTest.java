package org.outsidein.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.reports.html.HtmlReportGenerator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The HTML report of the example, read back as XML: structure, numbers and escaping, not pixels. */
class HtmlReportTest {

	private static final String XHTML = "http://www.w3.org/1999/xhtml";
	private static final String SVG = "http://www.w3.org/2000/svg";

	@TempDir
	static Path folder;

	private static ReportInput input;
	private static String html;
	private static Document page;

	@BeforeAll
	static void render() throws Exception {
		input = ExampleReports.input(Hostile.inject(ExampleReports.load()));
		List<Path> files = new HtmlReportGenerator().generate(input, folder, new NullProgressMonitor());
		assertEquals(List.of(folder.resolve("cairnwood-outdoor-report.html")), files);
		html = Files.readString(files.get(0));
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		page = factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void hasEverySection() {
		List<String> ids = new ArrayList<>();
		NodeList sections = page.getElementsByTagNameNS(XHTML, "section");
		for (int i = 0; i < sections.getLength(); i++) {
			ids.add(((Element) sections.item(i)).getAttribute("id"));
		}
		assertEquals(List.of("summary", "maturity", "rules", "roles", "employees", "outcomes", "inventions", "communities",
				"strut", "scenarios", "assessment", "action-plan", "trend", "findings"), ids);
	}

	@Test
	void chartsAreInlineWellFormedSvg() {
		NodeList charts = page.getElementsByTagNameNS(SVG, "svg");
		assertEquals(6, charts.getLength(), "two radars, two gauges, the landscape, the pipeline");
		for (int i = 0; i < charts.getLength(); i++) {
			Element chart = (Element) charts.item(i);
			assertFalse(chart.getAttribute("viewBox").isEmpty());
			assertEquals(1, chart.getElementsByTagNameNS(SVG, "title").getLength());
		}
		Element steps = (Element) charts.item(0);
		assertEquals(5, steps.getElementsByTagNameNS(SVG, "circle").getLength(), "one dot per step");
		assertEquals(7, steps.getElementsByTagNameNS(SVG, "polygon").getLength(), "five rings, then and now");
	}

	@Test
	void showsTheMaturityModelsNumbers() {
		String text = page.getDocumentElement().getTextContent();
		String level = "Level " + input.maturity().level().getNumber() + " of 5 · " + input.maturity().level().getName()
				+ " · score " + input.maturity().overall().rounded() + " of 100";
		assertTrue(text.contains(level), level);
		assertTrue(text.contains("0.7 × 31.25 (practice) + 0.3 × 50 (evidence) = 36.88"), "the arithmetic is shown");
		assertTrue(text.contains("The 30 % rule is not met: 26.6 % (17 of 64)"));
		assertTrue(text.contains("27 activities moved up, 0 moved down, 6 We Will became We Can"));
	}

	@Test
	void isSelfContained() {
		assertEquals(0, page.getElementsByTagNameNS(XHTML, "link").getLength());
		assertFalse(html.matches("(?s).*(src|href)=\"https?:.*"), "nothing is fetched from the network");
		assertEquals(1, page.getElementsByTagNameNS(XHTML, "style").getLength());
	}

	@Test
	void modelTextIsEscaped() {
		assertEquals(0, page.getElementsByTagNameNS(XHTML, "script").getLength(), "no script element");
		assertEquals(0, page.getElementsByTagNameNS(XHTML, "img").getLength(), "no image element");
		String text = page.getDocumentElement().getTextContent();
		assertTrue(text.contains(Hostile.SCRIPT), "the name shows as text");
		assertTrue(text.contains(Hostile.IMAGE));
		assertTrue(html.contains("&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;"), "escaped in the source");
		assertTrue(text.contains("Cairnwood & <Sons>"));
	}

	@Test
	void overdueNextStepsAreMarked() {
		NodeList cells = page.getElementsByTagNameNS(XHTML, "td");
		int overdue = 0;
		for (int i = 0; i < cells.getLength(); i++) {
			Element cell = (Element) cells.item(i);
			if (cell.getAttribute("class").contains("overdue") && cell.getTextContent().endsWith("(overdue)")) {
				overdue++;
			}
		}
		// The 2026 assessment's 13 overdue steps; the 2025 steps are superseded by it, not overdue.
		assertEquals(13, overdue, "every overdue next step appears once in the action plan, in red");
	}
}
