package org.outsidein.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.diagram.descriptions.CompiledDescription;
import org.outsidein.diagram.descriptions.DiagramDescriptions;
import org.outsidein.diagram.graph.DiagramEdge;
import org.outsidein.diagram.graph.DiagramGraph;
import org.outsidein.diagram.graph.DiagramNode;
import org.outsidein.diagram.interpreter.DiagramInterpreter;
import org.outsidein.diagram.svg.SvgWriter;
import org.outsidein.model.Customer;
import org.outsidein.model.Outcome;
import org.outsidein.model.OutsideInModel;
import org.outsidein.tests.support.Examples;
import org.outsidein.tests.support.Models;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** ELK lays the built-in diagrams out without overlaps; the SVG is well-formed and escapes model text. */
class LayoutAndSvgTest {

	@TempDir
	Path folder;

	private static DiagramGraph drawAndLayOut(String id, OutsideInModel model) {
		CompiledDescription description = DiagramDescriptions.find(id).orElseThrow();
		DiagramGraph graph = DiagramInterpreter.interpret(description, model);
		DiagramLayout.layout(graph);
		return graph;
	}

	@Test
	void everyBuiltInDiagramOfTheExampleIsLaidOutWithoutOverlaps() throws Exception {
		OutsideInModel cairnwood = ModelFiles.load(Examples.cairnwood());
		for (String id : List.of("outsidein.ecosystem", "outsidein.outcomes", "outsidein.engagement")) {
			DiagramGraph graph = drawAndLayOut(id, cairnwood);
			assertSiblingsApart(id, graph.nodes());
			for (DiagramNode node : graph.allNodes()) {
				assertTrue(node.bounds().width > 0 && node.bounds().height > 0, id + " " + node);
				assertTrue(node.bounds().x >= 0 && node.bounds().y >= 0, id + " " + node);
				if (node.parent() != null) {
					assertTrue(node.bounds().x + node.bounds().width <= node.parent().bounds().width + 0.5
							&& node.bounds().y + node.bounds().height <= node.parent().bounds().height + 0.5,
							id + ": " + node + " lies inside " + node.parent());
				}
				assertSiblingsApart(id, node.children());
			}
			for (DiagramEdge edge : graph.edges()) {
				assertTrue(edge.route().size() >= 2, id + " " + edge);
			}
			Files.writeString(Path.of("target", id + ".svg"), SvgWriter.write(graph, id), StandardCharsets.UTF_8);
		}
	}

	@Test
	void aFreshModelsOrganisationComesBeforeItsRolesWhichKeepTheirOrder() throws Exception {
		OutsideInModel fresh = Models.empty(folder.resolve("fresh.outsidein"), "Fresh");
		DiagramGraph graph = drawAndLayOut("outsidein.ecosystem", fresh);
		DiagramNode organisation = graph.nodes().stream().filter(n -> n.mapping().equals("organisation")).findFirst()
				.orElseThrow();
		List<DiagramNode> roles = graph.nodes().stream().filter(n -> n.mapping().equals("role")).toList();
		assertEquals(5, roles.size());
		// Nothing joins them yet: ELK packs them in rows, the first made first, so the organisation leads.
		for (DiagramNode role : roles) {
			assertTrue(organisation.bounds().y <= role.bounds().y + 0.5 && organisation.bounds().x <= role.bounds().x,
					"the organisation at " + at(organisation) + ", " + role.label() + " at " + at(role));
		}
		for (int i = 1; i < roles.size(); i++) {
			DiagramNode.Bounds before = roles.get(i - 1).bounds();
			DiagramNode.Bounds after = roles.get(i).bounds();
			assertTrue(before.y < after.y || before.y == after.y && before.x < after.x,
					roles.get(i - 1).label() + " before " + roles.get(i).label());
		}
	}

	private static String at(DiagramNode node) {
		return "(" + node.bounds().x + ", " + node.bounds().y + ")";
	}

	@Test
	void outcomesArePlottedByImportanceAndSatisfaction() throws Exception {
		OutsideInModel cairnwood = ModelFiles.load(Examples.cairnwood());
		DiagramGraph graph = drawAndLayOut("outsidein.outcomes", cairnwood);
		DiagramNode zone = graph.nodes().stream().filter(n -> n.mapping().equals("under-served")).findFirst().orElseThrow();
		List<DiagramNode> outcomes = zone.children();
		assertTrue(outcomes.size() > 3);
		for (DiagramNode a : outcomes) {
			for (DiagramNode b : outcomes) {
				Outcome first = (Outcome) a.element();
				Outcome second = (Outcome) b.element();
				if (first.getImportance() < second.getImportance()) {
					assertTrue(a.bounds().x < b.bounds().x, a + " lies left of " + b);
				}
			}
		}
		assertSiblingsApart("outsidein.outcomes", outcomes); // nudged apart where the plot would overlap them
	}

	private static void assertSiblingsApart(String id, List<DiagramNode> siblings) {
		for (int i = 0; i < siblings.size(); i++) {
			for (int j = i + 1; j < siblings.size(); j++) {
				DiagramNode a = siblings.get(i);
				DiagramNode b = siblings.get(j);
				boolean apart = a.bounds().x + a.bounds().width <= b.bounds().x || b.bounds().x + b.bounds().width <= a.bounds().x
						|| a.bounds().y + a.bounds().height <= b.bounds().y || b.bounds().y + b.bounds().height <= a.bounds().y;
				assertTrue(apart, id + ": " + a + " overlaps " + b);
			}
		}
	}

	@Test
	void theSvgIsWellFormedAndModelTextCannotBreakOutOfIt() throws Exception {
		OutsideInModel model = ModelFiles.load(Files.copy(Examples.cairnwood(), folder.resolve("c.outsidein")));
		Customer customer = model.getCustomers().get(0);
		customer.setName("<script>alert('x')</script> & \"friends\"\u0001");
		String svg = SvgWriter.write(drawAndLayOut("outsidein.ecosystem", model), "Ecosystem </title><script>");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
		assertEquals("svg", document.getDocumentElement().getTagName());
		assertEquals(0, document.getElementsByTagName("script").getLength());
		assertTrue(svg.contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;friends&quot;"));
		assertFalse(svg.contains("\u0001"));
	}
}
