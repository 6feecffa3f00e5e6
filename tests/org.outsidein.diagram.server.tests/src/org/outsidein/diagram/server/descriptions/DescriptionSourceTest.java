package org.outsidein.diagram.server.descriptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.diagram.descriptions.DiagramDescriptions;
import org.outsidein.diagram.server.source.DiagramElementType;
import org.outsidein.diagram.server.source.DiagramElementTypes;
import org.outsidein.diagram.server.source.DiagramGraph;
import org.outsidein.diagram.server.source.DiagramNode;
import org.outsidein.diagram.server.source.DiagramStyle;
import org.outsidein.diagram.server.source.DiagramTool;
import org.outsidein.model.Customer;
import org.outsidein.model.OutsideInModel;
import org.outsidein.tests.support.Examples;
import org.outsidein.tests.support.ExpectedDiagramCounts;

/**
 * The example's diagrams as the server serves them, checked against counts worked out from the model itself
 * (mapping by mapping, node types being mapping names), with the description's styles and tools.
 */
class DescriptionSourceTest {

	private static OutsideInModel model;

	@BeforeAll
	static void load() throws Exception {
		model = ModelFiles.load(Examples.cairnwood());
	}

	static DescriptionSource source(String id) {
		return new DescriptionSource(DiagramDescriptions.find(id).orElseThrow(), model);
	}

	@Test
	void everyApplicableDescriptionIsServedTheBuiltInOnesAndTheContributedExample() {
		List<String> types = DiagramSessions.sourcesFor(model).stream().map(s -> s.diagramType()).toList();
		assertTrue(types.containsAll(List.of("outsidein.ecosystem", "outsidein.outcomes", "outsidein.engagement",
				"example.inventions")), types.toString());
	}

	@Test
	void ecosystemNodesAndEdgesPerMapping() {
		DiagramGraph graph = source("outsidein.ecosystem").graph();
		assertEquals(typed(ExpectedDiagramCounts.ecosystemNodes(model), "node:"), nodeCounts(graph));
		assertEquals(typed(ExpectedDiagramCounts.ecosystemEdges(model), "edge:"), edgeCounts(graph));
	}

	@Test
	void outcomeLandscapeNodesAndEdgesPerMapping() {
		DiagramGraph graph = source("outsidein.outcomes").graph();
		assertEquals(typed(ExpectedDiagramCounts.outcomeNodes(model), "node:"), nodeCounts(graph));
		assertEquals(typed(ExpectedDiagramCounts.outcomeEdges(model), "edge:"), edgeCounts(graph));
	}

	@Test
	void engagementMapNodesAndEdgesPerMapping() {
		DiagramGraph graph = source("outsidein.engagement").graph();
		assertEquals(typed(ExpectedDiagramCounts.engagementNodes(model), "node:"), nodeCounts(graph));
		assertEquals(typed(ExpectedDiagramCounts.engagementEdges(model), "edge:"), edgeCounts(graph));
	}

	@Test
	void theContributedExampleIsServedLikeTheBuiltInOnes() {
		DiagramGraph graph = source("example.inventions").graph();
		List<Customer> leadUsers = model.getCustomers().stream().filter(Customer::isLeadUser).toList();
		assertEquals(leadUsers.size(), nodeCounts(graph).get("node:lead-user"));
		assertEquals((int) leadUsers.stream().mapToLong(c -> c.getInventions().size()).sum(),
				nodeCounts(graph).get("node:invention"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "outsidein.ecosystem", "outsidein.outcomes", "outsidein.engagement", "example.inventions" })
	void idsAreUniqueStableAndEdgesJoinNodesOfTheGraph(String id) {
		DiagramGraph first = source(id).graph();
		DiagramGraph second = source(id).graph();
		List<String> ids = first.allNodes().stream().map(DiagramNode::id).toList();
		assertEquals(ids.size(), new HashSet<>(ids).size(), "unique node ids");
		assertEquals(ids, second.allNodes().stream().map(DiagramNode::id).toList(), "the same after a redraw");
		Set<String> known = new HashSet<>(ids);
		first.edges().forEach(edge -> {
			assertTrue(known.contains(edge.sourceId()) && known.contains(edge.targetId()), edge.id());
			assertFalse(known.contains(edge.id()), "an edge's id is no node's: " + edge.id());
		});
		for (DiagramNode node : first.allNodes()) {
			assertTrue(node.bounds().width() > 0 && node.bounds().height() > 0, "laid out: " + node.id());
		}
	}

	@Test
	void nodesCarryTheirDescriptionStyleLeadUsersMarked() {
		DiagramGraph graph = source("outsidein.ecosystem").graph();
		DiagramNode organisation = ofType(graph, "node:organisation").get(0);
		assertEquals("ellipse", organisation.style().get(DiagramStyle.SHAPE));
		assertEquals("#1f4e79", organisation.style().get(DiagramStyle.FILL));
		assertEquals("#ffffff", organisation.style().get(DiagramStyle.LABEL_COLOUR));
		assertEquals("diamond", ofType(graph, "node:toolkit").get(0).style().get(DiagramStyle.SHAPE));
		assertEquals("true", ofType(graph, "node:role").get(0).style().get(DiagramStyle.CONTAINER));
		int leadUsers = 0;
		for (DiagramNode member : ofType(graph, "node:role-member")) {
			Customer customer = customerNamed(member.label());
			assertEquals(customer.isLeadUser(), "true".equals(member.style().get(DiagramStyle.BOLD)), member.label());
			assertEquals(customer.isLeadUser() ? "#ffe699" : "#ffffff", member.style().get(DiagramStyle.FILL));
			leadUsers += customer.isLeadUser() ? 1 : 0;
		}
		assertTrue(leadUsers > 0, "the example has lead users in roles");
		assertEquals("dashed", graph.edges().stream().filter(e -> e.type().equals("edge:member")).findFirst()
				.orElseThrow().style().get(DiagramStyle.LINE));
	}

	@Test
	void aCustomerInTwoRolesIsFoundAtBothOfItsNodes() {
		DescriptionSource ecosystem = source("outsidein.ecosystem");
		ecosystem.graph();
		Customer customer = model.getCustomers().stream()
				.filter(c -> c.getRoles().stream().map(r -> r.getRole()).distinct().count() == 2).findFirst().orElseThrow();
		List<String> nodes = ecosystem.nodesOf(customer);
		assertEquals(2, nodes.size(), "one node in each role's container: " + nodes);
		nodes.forEach(id -> assertSame(customer, ecosystem.elementOf(id).orElseThrow()));
	}

	@Test
	void labelsAreEditableWhereTheDescriptionHasADirectEditTool() {
		DiagramGraph graph = source("outsidein.ecosystem").graph();
		assertTrue(ofType(graph, "node:role-member").stream().allMatch(DiagramNode::editable));
		assertTrue(ofType(graph, "node:community").stream().allMatch(DiagramNode::editable));
		assertTrue(ofType(graph, "node:role").stream().noneMatch(DiagramNode::editable), "roles are the methodology's");
		assertTrue(ofType(graph, "node:organisation").stream().noneMatch(DiagramNode::editable));
	}

	@Test
	void thePaletteHoldsTheCreateNodeAndCreateEdgeTools() {
		List<DiagramTool> tools = source("outsidein.ecosystem").tools();
		assertEquals(List.of("new-customer-in-role", "add-member", "add-user", "plays-role"), tools.stream().map(DiagramTool::id).toList());
		DiagramTool customer = tools.get(0);
		assertFalse(customer.isEdgeTool());
		assertEquals("Customer", customer.label());
		assertEquals(List.of("node:role"), customer.containerTypes());
		DiagramTool member = tools.get(1);
		assertTrue(member.isEdgeTool());
		assertEquals(List.of("node:community"), member.sourceTypes());
		assertEquals(List.of("node:role-member", "node:customer-in-no-role"), member.targetTypes());
	}

	@Test
	void elementTypesSayWhatMayBeDeletedDraggedAndCreatedWhere() {
		Map<String, DiagramElementType> types = new TreeMap<>();
		source("outsidein.ecosystem").elementTypes().forEach(type -> types.put(type.type(), type));
		assertTrue(types.get("node:role").containable().containsAll(List.of("new-customer-in-role", "node:role-member",
				"node:customer-in-no-role")), types.get("node:role").toString());
		assertFalse(types.get("node:role").deletable());
		assertTrue(types.get("node:role-member").deletable());
		assertTrue(types.get("node:role-member").reparentable());
		assertFalse(types.get(DiagramElementTypes.aggregate("role-member")).deletable(), "aggregates are read-only");
		assertFalse(types.get("node:organisation").reparentable());
	}

	private static Map<String, Integer> typed(Map<String, Integer> byMapping, String prefix) {
		Map<String, Integer> typed = new TreeMap<>();
		byMapping.forEach((mapping, count) -> typed.put(prefix + mapping, count));
		return typed;
	}

	private static Map<String, Integer> nodeCounts(DiagramGraph graph) {
		Map<String, Integer> counts = new TreeMap<>();
		graph.allNodes().forEach(node -> counts.merge(node.type(), 1, Integer::sum));
		return counts;
	}

	/** Edges per type; a folded edge ("edge:member:folded") counts under its kind for every edge it stands for. */
	private static Map<String, Integer> edgeCounts(DiagramGraph graph) {
		Map<String, Integer> counts = new TreeMap<>();
		for (var edge : graph.edges()) {
			String folded = edge.style().get(DiagramStyle.FOLDED);
			counts.merge(edge.type().replaceFirst(":folded$", ""), folded == null ? 1 : Integer.parseInt(folded),
					Integer::sum);
		}
		return counts;
	}

	static List<DiagramNode> ofType(DiagramGraph graph, String type) {
		return graph.allNodes().stream().filter(node -> node.type().equals(type)).toList();
	}

	private static Customer customerNamed(String name) {
		return model.getCustomers().stream().filter(c -> name.equals(c.getName())).findFirst().orElseThrow(() ->
				new AssertionError("no customer " + name));
	}
}
