package org.outsidein.diagram.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.diagram.server.descriptions.DiagramSessions;
import org.outsidein.diagram.server.layout.LayoutFile;
import org.outsidein.diagram.server.layout.MoveNodesCommand;
import org.outsidein.diagram.server.layout.NodePositions;
import org.outsidein.diagram.server.source.DiagramGraph;
import org.outsidein.diagram.server.source.DiagramNode;
import org.outsidein.diagram.server.source.DiagramOperation;
import org.outsidein.diagram.server.source.DiagramSource;
import org.outsidein.model.Community;
import org.outsidein.model.Customer;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.RoleAssignment;

/**
 * Edits on the served ecosystem diagram run the description's tools as commands on the session's stack, undo takes
 * them back, and saving writes real files.
 */
class OperationsOnDiskTest {

	private static final String ECOSYSTEM = "outsidein.ecosystem";

	@TempDir
	Path folder;

	private Path file;
	private DiagramSession session;
	private DiagramSource ecosystem;
	private int customersBefore;

	@BeforeEach
	void open() throws Exception {
		file = ExampleCopy.in(folder);
		session = DiagramSessions.open(file);
		ecosystem = session.source(ECOSYSTEM).orElseThrow();
		customersBefore = ModelFiles.load(file).getCustomers().size();
	}

	@Test
	void createConnectRenameUndoAndSave() throws Exception {
		DiagramNode guides = node(MethodologyLibrary.GUIDES);
		run(new DiagramOperation.Create("new-customer-in-role", guides.id()));
		DiagramNode created = newest(MethodologyLibrary.GUIDES);
		assertEquals("New customer", created.label());
		assertTrue(created.editable());

		DiagramNode community = session.graph(ECOSYSTEM).allNodes().stream()
				.filter(n -> n.type().equals("node:community")).findFirst().orElseThrow();
		int edges = session.graph(ECOSYSTEM).edges().size();
		run(new DiagramOperation.Connect("add-member", community.id(), created.id()));
		assertEquals(edges + 1, session.graph(ECOSYSTEM).edges().size());
		assertTrue(session.graph(ECOSYSTEM).edges().stream()
				.anyMatch(e -> e.sourceId().equals(community.id()) && e.targetId().equals(created.id())));

		run(new DiagramOperation.Rename(created.id(), "Fjell Rescue Team"));
		assertEquals("Fjell Rescue Team", node(created.id()).label());
		session.commandStack().undo();
		assertEquals("New customer", node(created.id()).label());
		session.save();

		OutsideInModel saved = ModelFiles.load(file);
		assertEquals(customersBefore + 1, saved.getCustomers().size());
		Customer customer = saved.getCustomers().get(saved.getCustomers().size() - 1);
		assertEquals("New customer", customer.getName());
		assertEquals(MethodologyLibrary.GUIDES + "|" + customer.getId(), created.id(),
				"the node's id is its container's and the element's, before and after saving");
		assertEquals(MethodologyLibrary.GUIDES, customer.getRoles().get(0).getRole().getId());
		Community member = saved.getCommunities().stream().filter(c -> c.getMembers().contains(customer)).findFirst()
				.orElseThrow();
		assertEquals(community.label(), member.getName());
		assertTrue(Files.exists(ModelFiles.backupOf(file)), "the atomic save keeps the previous version");
	}

	@Test
	void undoingACreationLeavesTheFileAsItWas() throws Exception {
		String before = Files.readString(file);
		run(new DiagramOperation.Create("new-customer-in-role", node(MethodologyLibrary.PROMOTERS).id()));
		session.commandStack().undo();
		assertFalse(session.commandStack().canUndo());
		session.save();
		assertEquals(customersBefore, ModelFiles.load(file).getCustomers().size());
		assertEquals(before.lines().filter(l -> l.contains("<customers")).count(),
				Files.readString(file).lines().filter(l -> l.contains("<customers")).count());
	}

	@Test
	void deletingACustomerInARoleTakesItOutOfThatRoleOnly() throws Exception {
		DiagramNode victim = node(MethodologyLibrary.LEAD_CUSTOMERS).children().get(0);
		String customerId = victim.id().substring(victim.id().indexOf('|') + 1);
		run(new DiagramOperation.Delete(List.of(victim.id())));
		assertFalse(session.graph(ECOSYSTEM).node(victim.id()).isPresent());
		session.save();
		Customer customer = customer(ModelFiles.load(file), customerId);
		assertTrue(customer.getRoles().stream().map(RoleAssignment::getRole)
				.noneMatch(role -> MethodologyLibrary.LEAD_CUSTOMERS.equals(role.getId())), "out of the role");
		assertEquals(customersBefore, ModelFiles.load(file).getCustomers().size(), "the customer stays");
		session.commandStack().undo();
		assertTrue(session.graph(ECOSYSTEM).node(victim.id()).isPresent());
	}

	@Test
	void draggingACustomerIntoAnotherRoleMovesItThere() throws Exception {
		DiagramNode dragged = node(MethodologyLibrary.CONTRIBUTORS).children().stream()
				.filter(n -> n.type().equals("node:role-member")).filter(n -> !playsRole(n, MethodologyLibrary.GUIDES))
				.findFirst().orElseThrow();
		String customerId = dragged.id().substring(dragged.id().indexOf('|') + 1);
		run(new DiagramOperation.Drop(dragged.id(), MethodologyLibrary.GUIDES));
		assertTrue(session.graph(ECOSYSTEM).node(MethodologyLibrary.GUIDES + "|" + customerId).isPresent());
		assertFalse(session.graph(ECOSYSTEM).node(dragged.id()).isPresent());
		assertSame(UnexecutableCommand.INSTANCE, ecosystem.apply(new DiagramOperation.Drop(dragged.id(), "nowhere")));
	}

	@Test
	void aCustomerInNoRoleConnectedToARolePlaysItAndIsDrawnInsideItUntilUndone() throws Exception {
		DiagramNode noRole = session.graph(ECOSYSTEM).allNodes().stream().filter(n -> n.type().equals("node:no-role"))
				.findFirst().orElseThrow();
		DiagramNode customer = noRole.children().stream().filter(n -> n.type().equals("node:customer-in-no-role"))
				.findFirst().orElseThrow();
		String customerId = customer.id().substring(customer.id().indexOf('|') + 1);
		int edges = session.graph(ECOSYSTEM).edges().size();

		run(new DiagramOperation.Connect("plays-role", customer.id(), MethodologyLibrary.CONSULTANTS));
		assertTrue(session.graph(ECOSYSTEM).node(MethodologyLibrary.CONSULTANTS + "|" + customerId).isPresent(),
				"the customer now plays Consultants and is drawn inside it");
		assertFalse(session.graph(ECOSYSTEM).node(customer.id()).isPresent(), "and no longer among those in no role");
		assertEquals(edges, session.graph(ECOSYSTEM).edges().size(), "the connection itself is not drawn");
		assertSame(UnexecutableCommand.INSTANCE, ecosystem.apply(new DiagramOperation.Connect("plays-role",
				MethodologyLibrary.CONSULTANTS, customer.id())), "from a role to a customer means nothing");

		session.commandStack().undo();
		assertTrue(session.graph(ECOSYSTEM).node(customer.id()).isPresent(), "undone, the customer is in no role again");
		session.commandStack().redo();
		session.save();
		Customer saved = ModelFiles.load(file).getCustomers().stream().filter(c -> c.getId().equals(customerId))
				.findFirst().orElseThrow();
		assertEquals(List.of(MethodologyLibrary.CONSULTANTS),
				saved.getRoles().stream().map(assignment -> assignment.getRole().getId()).toList());
	}

	@Test
	void whatTheDescriptionHasNoToolForIsRefused() {
		DiagramNode role = node(MethodologyLibrary.GUIDES);
		assertSame(UnexecutableCommand.INSTANCE, ecosystem.apply(new DiagramOperation.Rename(role.id(), "Gurus")));
		assertSame(UnexecutableCommand.INSTANCE, ecosystem.apply(new DiagramOperation.Delete(List.of(role.id()))));
		assertSame(UnexecutableCommand.INSTANCE, ecosystem.apply(new DiagramOperation.Rename("no-such-id", "x")));
		assertSame(UnexecutableCommand.INSTANCE,
				ecosystem.apply(new DiagramOperation.Rename(role.children().get(0).id(), " ")), "a name cannot be blank");
		assertSame(UnexecutableCommand.INSTANCE, ecosystem.apply(new DiagramOperation.Create("no-such-tool", role.id())));
		assertSame(UnexecutableCommand.INSTANCE, ecosystem.apply(new DiagramOperation.Create("new-customer-in-role", null)),
				"a customer is created in a role, not on the diagram itself");
		DiagramNode customer = role.children().get(0);
		assertSame(UnexecutableCommand.INSTANCE, ecosystem.apply(new DiagramOperation.Connect("add-member", customer.id(),
				role.id())), "a member edge goes from a community to a customer");
		assertSame(UnexecutableCommand.INSTANCE,
				ecosystem.apply(new DiagramOperation.Delete(List.of(customer.id(), role.id()))), "all or nothing");
	}

	@Test
	void movesGoToTheLayoutFileOfTheirDiagramNotTheModelAndAreUndoable() throws Exception {
		session.save();
		String model = Files.readString(file);
		DiagramNode customer = node(MethodologyLibrary.CONTRIBUTORS).children().get(0);
		session.commandStack().execute(new MoveNodesCommand(session.positions(ECOSYSTEM),
				Map.of(customer.id(), new NodePositions.Position(300, 420))));
		assertEquals(300, node(customer.id()).bounds().x());
		session.save();
		Path layout = LayoutFile.beside(file);
		assertEquals(new NodePositions.Position(300, 420),
				LayoutFile.read(layout).of(ECOSYSTEM).of(customer.id()).orElseThrow());
		assertTrue(LayoutFile.read(layout).of("outsidein.engagement").asMap().isEmpty(), "other diagrams keep theirs");
		assertEquals(model, Files.readString(file), "the model holds no diagram data");

		session.commandStack().undo();
		assertEquals(customer.bounds().x(), node(customer.id()).bounds().x());
		assertEquals(300, DiagramSessions.open(file).graph(ECOSYSTEM).node(customer.id()).orElseThrow().bounds().x(),
				"a new session reads the saved layout");
	}

	private boolean playsRole(DiagramNode node, String roleId) {
		Customer customer = customer(session.model(),
				node.id().substring(node.id().indexOf('|') + 1));
		return customer.getRoles().stream().anyMatch(a -> roleId.equals(a.getRole().getId()));
	}

	private static Customer customer(OutsideInModel model, String id) {
		return model.getCustomers().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
	}

	@Test
	void aDiagramIsDrawnOncePerChangeOfTheStackHoweverManyWindowsAskForIt() {
		DiagramGraph drawn = session.graph(ECOSYSTEM);
		assertSame(drawn.edges(), session.graph(ECOSYSTEM).edges(), "asked again, unchanged: the same drawing");

		DiagramNode customer = newest(MethodologyLibrary.GUIDES);
		run(new DiagramOperation.Rename(customer.id(), "Drawn again"));
		DiagramGraph renamed = session.graph(ECOSYSTEM);
		assertNotSame(drawn.edges(), renamed.edges(), "a command executed: drawn again");
		assertEquals("Drawn again", node(customer.id()).label());
		session.commandStack().undo();
		assertEquals(customer.label(), node(customer.id()).label(), "undone: drawn again");
		session.commandStack().redo();
		assertEquals("Drawn again", node(customer.id()).label(), "redone: drawn again");

		// Closed, the session no longer follows the stack (a workbench editor's stack outlives the diagram view).
		DiagramGraph last = session.graph(ECOSYSTEM);
		session.close();
		session.commandStack().undo();
		assertSame(last.edges(), session.graph(ECOSYSTEM).edges());
	}

	private void run(DiagramOperation operation) {
		Command command = ecosystem.apply(operation);
		assertTrue(command.canExecute(), operation.toString());
		session.commandStack().execute(command);
	}

	private DiagramNode node(String id) {
		return session.graph(ECOSYSTEM).node(id).orElseThrow(() -> new AssertionError("no node " + id));
	}

	private DiagramNode newest(String containerId) {
		List<DiagramNode> children = node(containerId).children().stream().filter(n -> !n.type().endsWith(":aggregate"))
				.toList();
		return children.get(children.size() - 1);
	}
}
