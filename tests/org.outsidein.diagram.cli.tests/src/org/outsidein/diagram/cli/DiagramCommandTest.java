package org.outsidein.diagram.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.cli.internal.CapturedRun;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.model.OutsideInModel;
import org.outsidein.tests.support.Examples;
import org.outsidein.tests.support.ModelShape;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** {@code outsidein diagram}: every built-in diagram of the example and of a fresh model as SVG files. */
class DiagramCommandTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	@TempDir
	Path folder;

	private CapturedRun run(String... args) {
		return CapturedRun.run(folder, TODAY, args);
	}

	private static Document parse(Path svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(Files.readString(svg))));
	}

	@Test
	void drawsTheEcosystemByDefaultAndPrintsTheFile() throws Exception {
		CapturedRun diagram = run("diagram", Examples.cairnwood().toString());
		assertEquals(0, diagram.exitCode(), diagram.err());
		Path svg = folder.resolve("cairnwood-outdoor-ecosystem.svg");
		assertEquals(List.of(svg.toString()), diagram.out().lines().toList());
		Document document = parse(svg);
		assertEquals("Customer ecosystem of Cairnwood Outdoor customer ecosystem",
				document.getElementsByTagName("title").item(0).getTextContent());
		int customersInRoles = (int) ModelFiles.load(Examples.cairnwood()).getCustomers().stream()
				.mapToLong(c -> c.getRoles().stream().map(r -> r.getRole()).distinct().count()).sum();
		assertEquals(customersInRoles, Files.readString(svg).split("data-mapping=\"role-member\"", -1).length - 1);
	}

	@Test
	void everyDescriptionOfTheExampleAndOfAFreshModel() throws Exception {
		Path fresh = ModelShape.FRESH.create(folder);
		for (Path model : List.of(Examples.cairnwood(), fresh)) {
			for (String id : List.of("outsidein.ecosystem", "outsidein.outcomes", "outsidein.engagement")) {
				Path out = folder.resolve(ModelFiles.baseName(model) + "-" + id + ".svg");
				CapturedRun diagram = run("diagram", model.toString(), "--description", id, "--out", out.toString(),
						"--timings");
				assertEquals(0, diagram.exitCode(), diagram.err());
				assertTrue(diagram.err().matches("(?s)load \\d+ ms, interpretation \\d+ ms \\(\\d+ nodes, \\d+ edges\\), "
						+ "layout \\d+ ms, SVG \\d+ ms\\s*"), diagram.err());
				assertEquals("svg", parse(out).getDocumentElement().getTagName());
			}
		}
	}

	@Test
	void listsTheDescriptions() {
		CapturedRun list = run("diagram", "--list");
		assertEquals(0, list.exitCode(), list.err());
		assertTrue(list.out().contains("outsidein.ecosystem  Customer ecosystem  (descriptions/customer-ecosystem.diagram)"),
				list.out());
		assertTrue(list.out().contains("outsidein.outcomes") && list.out().contains("outsidein.engagement"), list.out());
	}

	/** The example plug-in adds a diagram with a description file and no Java; it is drawn like the built-in ones. */
	@Test
	void aDiagramContributedAsADescriptionFileOnlyIsDrawn() throws Exception {
		CapturedRun list = run("diagram", "--list");
		assertTrue(list.out().contains("example.inventions  Lead users' inventions  (descriptions/lead-user-inventions.diagram)"),
				list.out());
		Path out = folder.resolve("inventions.svg");
		CapturedRun diagram = run("diagram", Examples.cairnwood().toString(), "--description", "example.inventions", "--out",
				out.toString());
		assertEquals(0, diagram.exitCode(), diagram.err());
		assertEquals("", diagram.err(), "the description type-checks: no warning");
		OutsideInModel model = ModelFiles.load(Examples.cairnwood());
		List<org.outsidein.model.Customer> leadUsers = model.getCustomers().stream().filter(c -> c.isLeadUser()).toList();
		long inventions = leadUsers.stream().mapToLong(c -> c.getInventions().size()).sum();
		long served = leadUsers.stream().flatMap(c -> c.getInventions().stream()).filter(i -> i.getOutcome() != null).count();
		assertTrue(inventions > 0, "the example's lead users have inventions");
		String svg = Files.readString(out, StandardCharsets.UTF_8);
		assertEquals(leadUsers.size(), count(svg, "<g data-id=\"[^\"]*\" data-mapping=\"lead-user\""), "a box per lead user");
		assertEquals(inventions, count(svg, "<g data-id=\"[^\"]*\" data-mapping=\"invention\""), "one per invention");
		assertEquals(served, count(svg, "data-mapping=\"serves\""), "an edge per invention that serves an outcome");
	}

	private static long count(String text, String regex) {
		return java.util.regex.Pattern.compile(regex).matcher(text).results().count();
	}

	@Test
	void anUnknownDescriptionIsAUsageError() {
		CapturedRun diagram = run("diagram", Examples.cairnwood().toString(), "--description", "acme.none");
		assertEquals(2, diagram.exitCode());
		assertTrue(diagram.err().contains("no diagram description 'acme.none'; there are [outsidein.ecosystem"),
				diagram.err());
	}

	@Test
	void modelTextIsEscapedInTheSvg() throws Exception {
		Path file = Files.copy(Examples.cairnwood(), folder.resolve("c.outsidein"));
		OutsideInModel model = ModelFiles.load(file);
		model.getOrganisation().setName("A&B <Outdoor> \"Co\"");
		ModelFiles.save(model.eResource());
		assertEquals(0, run("diagram", file.toString(), "--out", "e.svg").exitCode());
		String svg = Files.readString(folder.resolve("e.svg"), StandardCharsets.UTF_8);
		assertTrue(svg.contains(">A&amp;B &lt;Outdoor&gt; &quot;Co&quot;</text>"), svg.substring(0, 2000));
		parse(folder.resolve("e.svg"));
	}
}
