package org.outsidein.diagram.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.diagram.server.customers.CustomersByRoleSource;
import org.outsidein.model.OutsideInModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.diagram.server.customers.CustomerDiagram;
import org.outsidein.diagram.server.source.DiagramNode;
import org.outsidein.model.Customer;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.validation.Issue;

/** The model checks' findings land on the nodes of the elements they are about, and follow the model's changes. */
class FindingsOnDiagramTest {

	@TempDir
	Path folder;

	@Test
	void aCustomerMadeALeadUserWithoutEvidenceGetsBadgesOnItsNodeAndUndoRemovesThem() throws Exception {
		Path file = ExampleCopy.in(folder);
		OutsideInModel model = ModelFiles.load(file);
		EditingDomain domain = CustomerDiagram.editingDomain(model);
		DiagramSession session = new DiagramSession(file, model.eResource(), domain.getCommandStack(),
				new CustomersByRoleSource(model, domain));
		Customer customer = session.model().getCustomers().stream()
				.filter(c -> !c.isLeadUser() && c.getInventions().isEmpty() && !c.getRoles().isEmpty()).findFirst()
				.orElseThrow();
		String nodeId = customer.eResource().getURIFragment(customer);
		assertFalse(findings(session).containsKey(nodeId), "nothing is wrong with " + customer.getName() + " yet");

		session.commandStack().execute(SetCommand.create(domain,
				customer, OutsideInPackage.Literals.CUSTOMER__LEAD_USER, Boolean.TRUE));
		List<Issue> badges = findings(session).get(nodeId);
		assertEquals("outsidein.lead-user-evidence", badges.get(0).ruleId(), "a lead user with no invention: " + badges);
		assertEquals("Lead user '" + customer.getName() + "' has no recorded invention", badges.get(0).message(),
				"the badge's text names the customer");

		session.commandStack().undo();
		assertFalse(findings(session).containsKey(nodeId), "undone, the badges go");
	}

	@Test
	void findingsAboutElementsTheDiagramDoesNotDrawAreLeftOut() throws Exception {
		DiagramSession session = CustomerDiagram.open(ExampleCopy.in(folder));
		List<String> drawn = session.graph().allNodes().stream().map(DiagramNode::id).toList();
		Map<String, List<Issue>> findings = findings(session);
		assertTrue(drawn.containsAll(findings.keySet()), "only nodes of the diagram get badges: " + findings.keySet());
	}

	private static Map<String, List<Issue>> findings(DiagramSession session) {
		List<String> nodes = session.graph().allNodes().stream().map(DiagramNode::id).toList();
		return DiagramFindings.of(session, nodes, LocalDate.of(2026, 11, 26));
	}
}
