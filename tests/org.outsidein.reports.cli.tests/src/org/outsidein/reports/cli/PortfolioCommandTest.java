package org.outsidein.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.cli.internal.CapturedRun;
import org.outsidein.tests.support.Examples;
import org.outsidein.tests.support.LargeModels;
import org.outsidein.tests.support.ModelShape;
import org.w3c.dom.Document;

/** {@code outsidein portfolio}: the example and two generated clients compared, named or anonymised. */
class PortfolioCommandTest {

	@TempDir
	Path folder;

	@Test
	void comparesClientsSideBySideAndAsSmallMultiples() throws Exception {
		Path small = LargeModels.generate(folder.resolve("northwind.outsidein"), 300);
		Path fresh = ModelShape.FRESH.create(folder);
		CapturedRun run = CapturedRun.run(folder, ModelShape.AS_OF, "portfolio", Examples.cairnwood().toString(),
				small.toString(), fresh.toString(), "--out", "compared");
		assertEquals(0, run.exitCode(), run.err());
		List<Path> written = run.out().lines().map(Path::of).toList();
		assertEquals(List.of(folder.resolve("compared/portfolio.html"), folder.resolve("compared/portfolio.csv")), written);

		Document page = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(written.get(0).toFile());
		String text = page.getDocumentElement().getTextContent();
		assertTrue(text.contains("Portfolio of 3 clients"), text);
		assertTrue(text.contains("Cairnwood Outdoor") && text.contains("4 Embedded"), "the example, by name, at its level");
		assertTrue(text.contains("not assessed yet"), "the fresh model is not graded");
		assertTrue(page.getElementsByTagName("svg").getLength() >= 3, "a chart of the steps per assessed client, and history");

		List<String> csv = Files.readAllLines(written.get(1), StandardCharsets.UTF_8);
		assertEquals(4, csv.size(), "a header and one row per client: " + csv);
		assertTrue(csv.get(1).startsWith("Cairnwood Outdoor,Self-assessment 2026,4 Embedded,75,"), csv.get(1));
	}

	@Test
	void anonymisedClientsAreNotNamedAnywhere() throws Exception {
		CapturedRun run = CapturedRun.run(folder, ModelShape.AS_OF, "portfolio", Examples.cairnwood().toString(),
				ModelShape.ONE_ASSESSMENT.create(folder).toString(), "--anonymise", "--out", "anonymous");
		assertEquals(0, run.exitCode(), run.err());
		for (String file : List.of("anonymous/portfolio.html", "anonymous/portfolio.csv")) {
			String content = Files.readString(folder.resolve(file), StandardCharsets.UTF_8);
			assertTrue(content.contains("Client A") && content.contains("Client B"), content);
			assertFalse(content.contains("Cairnwood") || content.contains("Shape one assessment")
					|| content.contains("one-assessment"), file + " names a client");
		}
	}

	@Test
	void twoFilesOfOneClientAreToldApartByFile() throws Exception {
		Path lastYear = Files.copy(Examples.cairnwood(), folder.resolve("cairnwood-2025.outsidein"));
		CapturedRun run = CapturedRun.run(folder, ModelShape.AS_OF, "portfolio", Examples.cairnwood().toString(),
				lastYear.toString());
		assertEquals(0, run.exitCode(), run.err());
		List<String> csv = Files.readAllLines(folder.resolve("portfolio/portfolio.csv"), StandardCharsets.UTF_8);
		assertTrue(csv.get(1).startsWith("Cairnwood Outdoor (cairnwood-outdoor),"), csv.get(1));
		assertTrue(csv.get(2).startsWith("Cairnwood Outdoor (cairnwood-2025),"), csv.get(2));
	}

	@Test
	void aModelThatCannotBeReadIsLeftOutAndSaid() throws Exception {
		Path broken = Files.writeString(folder.resolve("broken.outsidein"), "<not a model");
		CapturedRun run = CapturedRun.run(folder, ModelShape.AS_OF, "portfolio", Examples.cairnwood().toString(),
				broken.toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.err().startsWith("outsidein: portfolio: " + broken), run.err());
		assertEquals(1, run.err().lines().count(), run.err());
		assertEquals(3, Files.readAllLines(folder.resolve("portfolio/portfolio.csv")).size() + 1, "only the example");
	}
}
