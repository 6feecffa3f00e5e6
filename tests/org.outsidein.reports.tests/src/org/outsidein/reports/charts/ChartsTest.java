package org.outsidein.reports.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Charts are well-formed SVG whatever their labels hold. */
class ChartsTest {

	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void hostileLabelsStayText() throws Exception {
		String label = "</text><script>alert(1)</script> & \"quotes\" \u0007";
		String radar = RadarChart.render("A <title>", List.of(label, "B", "C"), List.of(10.0, 50.0, 90.0), null);
		Document svg = parse(radar);
		assertEquals(0, svg.getElementsByTagNameNS("*", "script").getLength());
		assertEquals("A <title>", svg.getElementsByTagNameNS("*", "title").item(0).getTextContent());
		assertTrue(svg.getDocumentElement().getTextContent().contains("</text><script>"), "the label shows as text");
	}

	@Test
	void everyChartParses() throws Exception {
		parse(GaugeChart.render("Share", 0.112, 0.10, ""));
		parse(GaugeChart.render("Unknown", Double.NaN, 0.30, "set the headcount"));
		parse(OpportunityChart.render("Landscape", List.of(new OpportunityChart.Point(1, 8.9, 2.8))));
		parse(BarChart.render("Bars", List.of(new BarChart.Bar("Observed", 2, Svg.ACCENT))));
		parse(RadarChart.render("Too few", List.of("A", "B"), List.of(1.0, 2.0), null));
	}

	@Test
	void longLabelsWrapOnWordsIntoTwoLines() {
		assertArrayEquals(new String[] { "Identify and study", "lead customers" }, Svg.wrap("Identify and study lead customers", 20));
		assertArrayEquals(new String[] { "Guides" }, Svg.wrap("Guides", 20));
		assertEquals("Provide customers…", Svg.shorten("Provide customers with tools", 19));
	}
}
