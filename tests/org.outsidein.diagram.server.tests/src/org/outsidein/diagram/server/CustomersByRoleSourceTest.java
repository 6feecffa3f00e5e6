package org.outsidein.diagram.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.diagram.server.customers.CustomerDiagram;
import org.outsidein.diagram.server.customers.CustomersByRoleSource;
import org.outsidein.diagram.server.source.DiagramElementTypes;
import org.outsidein.diagram.server.source.DiagramGraph;
import org.outsidein.diagram.server.source.DiagramNode;
import org.outsidein.model.Customer;
import org.outsidein.model.CustomerRole;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.RoleAssignment;
import org.outsidein.tests.support.Examples;

/** The customers-by-role graph of the example, checked against counts worked out from the model itself. */
class CustomersByRoleSourceTest {

	private static OutsideInModel model;
	private static DiagramGraph graph;

	@BeforeAll
	static void draw() throws Exception {
		model = ModelFiles.load(Examples.cairnwood());
		graph = new CustomersByRoleSource(model, CustomerDiagram.editingDomain(model)).graph();
	}

	@Test
	void oneContainerPerRoleOfTheMethodologyAndOneForCustomersWithoutARole() {
		List<CustomerRole> roles = MethodologyLibrary.rolesOf(model);
		assertEquals(5, roles.size(), "the example uses the standard methodology");
		assertEquals(roles.size() + 1, graph.nodes().size());
		for (int i = 0; i < roles.size(); i++) {
			DiagramNode container = graph.nodes().get(i);
			assertEquals(EcoreUtil.getURI(roles.get(i)).fragment(), container.id());
			assertEquals(roles.get(i).getName(), container.label());
			assertEquals(DiagramElementTypes.CONTAINER, container.type());
		}
		assertEquals(CustomersByRoleSource.NO_ROLE, graph.nodes().get(roles.size()).id());
	}

	@Test
	void everyCustomerIsOneNodeInTheContainerOfItsFirstRole() {
		int customers = model.getCustomers().size();
		assertTrue(customers > 100, "the example has " + customers + " customers");
		List<DiagramNode> elements = graph.nodes().stream().flatMap(container -> container.children().stream()).toList();
		assertEquals(customers, elements.size());
		for (Customer customer : model.getCustomers()) {
			DiagramNode container = containerOf(EcoreUtil.getURI(customer).fragment());
			String expected = customer.getRoles().isEmpty() ? CustomersByRoleSource.NO_ROLE
					: EcoreUtil.getURI(customer.getRoles().get(0).getRole()).fragment();
			assertEquals(expected, container.id(), customer.getName());
		}
	}

	@Test
	void anEdgeToEachFurtherRoleACustomerPlays() {
		long further = model.getCustomers().stream()
				.mapToLong(customer -> customer.getRoles().stream().map(RoleAssignment::getRole).distinct().count())
				.map(roles -> Math.max(0, roles - 1)).sum();
		assertTrue(further > 0, "some customers of the example play several roles");
		assertEquals(further, graph.edges().size());
		Set<String> ids = new HashSet<>();
		graph.allNodes().forEach(node -> ids.add(node.id()));
		graph.edges().forEach(edge -> {
			assertTrue(ids.contains(edge.sourceId()), edge.id());
			assertTrue(ids.contains(edge.targetId()), edge.id());
		});
	}

	@Test
	void idsAreUniqueAndNodesOfAContainerDoNotOverlap() {
		List<DiagramNode> all = graph.allNodes();
		assertEquals(all.size(), all.stream().map(DiagramNode::id).distinct().count());
		for (DiagramNode container : graph.nodes()) {
			List<DiagramNode> children = container.children();
			for (int i = 0; i < children.size(); i++) {
				for (int j = i + 1; j < children.size(); j++) {
					assertFalse(overlap(children.get(i), children.get(j)), children.get(i).id());
				}
				assertTrue(children.get(i).bounds().y() + children.get(i).bounds().height() <= container.bounds().height());
			}
		}
	}

	private static DiagramNode containerOf(String id) {
		return graph.nodes().stream().filter(c -> c.children().stream().anyMatch(n -> n.id().equals(id))).findFirst()
				.orElseThrow();
	}

	private static boolean overlap(DiagramNode a, DiagramNode b) {
		return a.bounds().x() < b.bounds().x() + b.bounds().width() && b.bounds().x() < a.bounds().x() + a.bounds().width()
				&& a.bounds().y() < b.bounds().y() + b.bounds().height() && b.bounds().y() < a.bounds().y() + a.bounds().height();
	}
}
