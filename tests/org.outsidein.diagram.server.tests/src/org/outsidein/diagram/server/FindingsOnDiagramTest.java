package org.outsidein.diagram.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.diagram.server.descriptions.DiagramSessions;
import org.outsidein.diagram.server.source.DiagramNode;
import org.outsidein.diagram.server.source.DiagramSource;
import org.outsidein.model.Customer;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.validation.Issue;

/**
 * The model checks' findings land on the nodes of the elements they are about (every node drawing one, in every
 * diagram), and follow the model's changes, made on the session's stack by whoever edits the model.
 */
class FindingsOnDiagramTest {

	private static final String ECOSYSTEM = "outsidein.ecosystem";

	@TempDir
	Path folder;

	@Test
	void aCustomerMadeALeadUserWithoutEvidenceGetsBadgesOnItsNodesAndUndoRemovesThem() throws Exception {
		DiagramSession session = DiagramSessions.open(ExampleCopy.in(folder));
		Customer customer = session.model().getCustomers().stream()
				.filter(c -> !c.isLeadUser() && c.getInventions().isEmpty() && !c.getRoles().isEmpty()).findFirst()
				.orElseThrow();
		List<String> nodeIds = nodesOf(session, customer);
		assertEquals(customer.getRoles().stream().map(a -> a.getRole()).distinct().count(), nodeIds.size(),
				"the customer is drawn in each role it plays");
		assertTrue(nodeIds.stream().noneMatch(findings(session)::containsKey), "nothing is wrong yet");

		// An edit made elsewhere (a form page of the workbench): a command on the same stack.
		EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), session.commandStack());
		Command leadUser = SetCommand.create(domain, customer, OutsideInPackage.Literals.CUSTOMER__LEAD_USER, Boolean.TRUE);
		session.commandStack().execute(leadUser);
		Map<String, List<Issue>> findings = findings(session);
		for (String nodeId : nodeIds) {
			List<Issue> badges = findings.get(nodeId);
			assertEquals("outsidein.lead-user-evidence", badges.get(0).ruleId(), "a lead user with no invention: " + badges);
			assertEquals("Lead user '" + customer.getName() + "' has no recorded invention", badges.get(0).message(),
					"the badge's text names the customer");
		}
		session.commandStack().undo();
		assertTrue(nodeIds.stream().noneMatch(findings(session)::containsKey), "undone, the badges go");
	}

	@Test
	void findingsAboutElementsADiagramDoesNotDrawAreLeftOut() throws Exception {
		DiagramSession session = DiagramSessions.open(ExampleCopy.in(folder));
		for (DiagramSource source : session.sources()) {
			List<String> drawn = session.graph(source.diagramType()).allNodes().stream().map(DiagramNode::id).toList();
			Map<String, List<Issue>> findings = DiagramFindings.of(session, source, drawn, LocalDate.of(2026, 11, 26));
			assertTrue(drawn.containsAll(findings.keySet()), source.diagramType() + ": " + findings.keySet());
		}
	}

	private static List<String> nodesOf(DiagramSession session, Customer customer) {
		DiagramSource ecosystem = session.source(ECOSYSTEM).orElseThrow();
		return session.graph(ECOSYSTEM).allNodes().stream().map(DiagramNode::id)
				.filter(id -> ecosystem.elementOf(id).filter(element -> element == customer).isPresent()).toList();
	}

	private static Map<String, List<Issue>> findings(DiagramSession session) {
		List<String> nodes = session.graph(ECOSYSTEM).allNodes().stream().map(DiagramNode::id).toList();
		return DiagramFindings.of(session, session.source(ECOSYSTEM).orElseThrow(), nodes, LocalDate.of(2026, 11, 26));
	}
}
