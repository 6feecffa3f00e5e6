package org.outsidein.diagram.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.diagram.descriptions.CompiledDescription;
import org.outsidein.diagram.descriptions.DiagramDescriptions;
import org.outsidein.diagram.expressions.Values;
import org.outsidein.diagram.graph.DiagramEdge;
import org.outsidein.diagram.graph.DiagramGraph;
import org.outsidein.diagram.graph.DiagramNode;
import org.outsidein.model.Community;
import org.outsidein.model.Customer;
import org.outsidein.model.Department;
import org.outsidein.model.Outcome;
import org.outsidein.model.OutsideInModel;
import org.outsidein.tests.support.Examples;
import org.outsidein.tests.support.ExpectedDiagramCounts;
import org.outsidein.tests.support.Models;

/** The three built-in diagrams of the bundled example, mapping by mapping, against counts taken from the model. */
class BuiltInDiagramsTest {

	private static OutsideInModel cairnwood;

	@TempDir
	Path folder;

	@BeforeAll
	static void loadExample() throws Exception {
		cairnwood = ModelFiles.load(Examples.cairnwood());
	}

	static DiagramGraph draw(String id, OutsideInModel model) {
		CompiledDescription description = DiagramDescriptions.find(id).orElseThrow();
		return DiagramInterpreter.interpret(description, model);
	}

	@Test
	void customerEcosystem() {
		DiagramGraph graph = draw("outsidein.ecosystem", cairnwood);
		assertEquals(ExpectedDiagramCounts.ecosystemNodes(cairnwood), graph.nodeCounts());
		assertEquals(ExpectedDiagramCounts.ecosystemEdges(cairnwood), graph.edgeCounts());
		assertTrue(graph.nodeCounts().get("role-member") > 20, "the example has customers in roles");
		for (DiagramNode role : nodes(graph, "role")) {
			Set<Customer> members = role.children().stream().map(n -> (Customer) n.element()).collect(Collectors.toSet());
			assertEquals(new HashSet<>(ExpectedDiagramCounts.players(cairnwood, (org.outsidein.model.CustomerRole) role.element())),
					members, role.label());
			assertTrue(role.label().endsWith("(" + members.size() + ")"), role.label());
		}
		for (DiagramNode member : nodes(graph, "role-member")) {
			boolean lead = ((Customer) member.element()).isLeadUser();
			assertEquals(lead, member.style().isBold(), "lead users are marked: " + member.label());
		}
		assertUniqueStableIds(graph);
	}

	@Test
	void moreThanTwelveMembersOfOneCommunityInOneRoleAreOneEdgeLabelledWithTheirNumber() {
		DiagramGraph graph = draw("outsidein.ecosystem", cairnwood);
		int folded = 0;
		int drawnOneByOne = 0;
		for (DiagramNode container : graph.allNodes().stream().filter(DiagramNode::isContainer).toList()) {
			for (Community community : cairnwood.getCommunities()) {
				long members = container.children().stream().filter(n -> community.getMembers().contains(n.element()))
						.count();
				List<DiagramEdge> lines = graph.edges().stream()
						.filter(e -> e.mapping().equals("member") && e.source().element() == community
								&& (e.target() == container || e.target().parent() == container))
						.toList();
				if (members > 12) {
					assertEquals(1, lines.size(), community.getName() + " in " + container.label());
					DiagramEdge edge = lines.get(0);
					assertSame(container, edge.target(), "the folded edge ends at the container");
					assertEquals(members, edge.folded());
					assertEquals(members + " \u00d7 member", edge.label());
					assertNull(edge.element(), "it stands for many memberships, so it is none of them");
					assertTrue(edge.width() > 1, "and is drawn wider than one membership");
					folded++;
				} else {
					assertEquals(members, lines.size(), community.getName() + " in " + container.label());
					assertTrue(lines.stream().noneMatch(DiagramEdge::isFolded));
					drawnOneByOne += lines.size();
				}
			}
		}
		assertTrue(folded > 0, "the example has a community with more than 12 members in one role");
		assertTrue(drawnOneByOne > 0, "and smaller groups drawn one line each");
	}

	@Test
	void outcomeLandscape() {
		DiagramGraph graph = draw("outsidein.outcomes", cairnwood);
		assertEquals(ExpectedDiagramCounts.outcomeNodes(cairnwood), graph.nodeCounts());
		assertEquals(ExpectedDiagramCounts.outcomeEdges(cairnwood), graph.edgeCounts());
		DiagramNode zone = nodes(graph, "under-served").get(0);
		assertEquals("#fde2dc", zone.style().getColor(), "the under-served zone is shaded");
		for (DiagramNode outcome : zone.children()) {
			Outcome element = (Outcome) outcome.element();
			assertTrue(outcome.label().endsWith(" / " + Values.text(element.getSatisfaction()) + ")"), outcome.label());
			assertEquals(element.getImportance() * 120, outcome.placement()[0], 1e-9, "placed by importance");
			assertEquals(-element.getSatisfaction() * 120, outcome.placement()[1], 1e-9, "and satisfaction, upwards");
		}
		assertUniqueStableIds(graph);
	}

	@Test
	void engagementMap() {
		DiagramGraph graph = draw("outsidein.engagement", cairnwood);
		assertEquals(ExpectedDiagramCounts.engagementNodes(cairnwood), graph.nodeCounts());
		assertEquals(ExpectedDiagramCounts.engagementEdges(cairnwood), graph.edgeCounts());
		Set<Department> red = nodes(graph, "department").stream().filter(n -> "#fde2dc".equals(n.style().getColor()))
				.map(n -> (Department) n.element()).collect(Collectors.toSet());
		assertEquals(ExpectedDiagramCounts.silentDepartments(cairnwood), red, "departments that engage no customer stand out");
		assertUniqueStableIds(graph);
	}

	@Test
	void aFreshModelDrawsItsOrganisationAndTheMethodologysRoles() {
		OutsideInModel fresh = Models.empty(folder.resolve("fresh.outsidein"), "Fresh");
		for (String id : List.of("outsidein.ecosystem", "outsidein.outcomes", "outsidein.engagement")) {
			DiagramGraph graph = draw(id, fresh);
			assertEquals(List.of(), graph.edges(), id);
		}
		assertEquals(ExpectedDiagramCounts.ecosystemNodes(fresh), draw("outsidein.ecosystem", fresh).nodeCounts());
		assertEquals(5, draw("outsidein.ecosystem", fresh).nodeCounts().get("role"));
		assertEquals(ExpectedDiagramCounts.outcomeNodes(fresh), draw("outsidein.outcomes", fresh).nodeCounts());
		assertEquals(ExpectedDiagramCounts.engagementNodes(fresh), draw("outsidein.engagement", fresh).nodeCounts());
	}

	@Test
	void idsAreTheElementsFragmentsAndSurviveARedraw() {
		DiagramGraph first = draw("outsidein.ecosystem", cairnwood);
		DiagramGraph second = draw("outsidein.ecosystem", cairnwood);
		assertEquals(ids(first), ids(second));
		DiagramNode organisation = nodes(first, "organisation").get(0);
		assertEquals(EcoreUtil.getURI(cairnwood.getOrganisation()).fragment(), organisation.id());
		DiagramNode member = nodes(first, "role-member").get(0);
		assertEquals(member.parent().id() + "|" + EcoreUtil.getURI(member.element()).fragment(), member.id());
	}

	static List<DiagramNode> nodes(DiagramGraph graph, String mapping) {
		return graph.allNodes().stream().filter(n -> n.mapping().equals(mapping)).toList();
	}

	private static List<String> ids(DiagramGraph graph) {
		List<String> ids = new java.util.ArrayList<>(graph.allNodes().stream().map(DiagramNode::id).toList());
		graph.edges().stream().map(DiagramEdge::id).forEach(ids::add);
		return ids;
	}

	private static void assertUniqueStableIds(DiagramGraph graph) {
		List<String> ids = ids(graph);
		assertEquals(ids.size(), new HashSet<>(ids).size(), "ids are unique");
	}
}
