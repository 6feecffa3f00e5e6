package org.outsidein.diagram.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.outsidein.diagram.server.customers.CustomerDiagram;
import org.outsidein.diagram.server.customers.CustomersByRoleSource;
import org.outsidein.diagram.server.layout.LayoutFile;
import org.outsidein.diagram.server.layout.MoveNodesCommand;
import org.outsidein.diagram.server.layout.NodePositions;
import org.outsidein.diagram.server.source.DiagramNode;
import org.outsidein.diagram.server.source.DiagramOperation;
import org.outsidein.model.Customer;
import org.outsidein.model.OutsideInModel;

/** Diagram edits become commands on the session's stack, undo takes them back, and saving writes real files. */
class OperationsOnDiskTest {

	@TempDir
	Path folder;

	private Path file;
	private DiagramSession session;
	private int customersBefore;

	@BeforeEach
	void open() throws Exception {
		file = ExampleCopy.in(folder);
		session = CustomerDiagram.open(file);
		customersBefore = ModelFiles.load(file).getCustomers().size();
	}

	@Test
	void createRenameUndoAndSave() throws Exception {
		DiagramNode guides = container(MethodologyLibrary.GUIDES);
		run(new DiagramOperation.Create(CustomersByRoleSource.CUSTOMER_TOOL, guides.id()));
		DiagramNode created = newest(guides.id());
		assertEquals("New customer", created.label());

		run(new DiagramOperation.Rename(created.id(), "Fjell Rescue Team"));
		assertEquals("Fjell Rescue Team", session.graph().node(created.id()).orElseThrow().label());
		session.commandStack().undo();
		assertEquals("New customer", session.graph().node(created.id()).orElseThrow().label());
		session.commandStack().redo();
		session.save();

		OutsideInModel saved = ModelFiles.load(file);
		assertEquals(customersBefore + 1, saved.getCustomers().size());
		Customer customer = saved.getCustomers().get(saved.getCustomers().size() - 1);
		assertEquals("Fjell Rescue Team", customer.getName());
		assertEquals(created.id(), customer.getId(), "the node's id is the element's, before and after saving");
		assertEquals(MethodologyLibrary.GUIDES, customer.getRoles().get(0).getRole().getId());
		assertTrue(Files.exists(ModelFiles.backupOf(file)), "the atomic save keeps the previous version");
	}

	@Test
	void undoingACreationLeavesTheFileAsItWas() throws Exception {
		String before = Files.readString(file);
		run(new DiagramOperation.Create(CustomersByRoleSource.CUSTOMER_TOOL, container(MethodologyLibrary.PROMOTERS).id()));
		session.commandStack().undo();
		assertFalse(session.commandStack().canUndo());
		assertEquals(customersBefore, session.graph().nodes().stream().mapToInt(n -> n.children().size()).sum());
		session.save();
		assertEquals(ModelFiles.load(file).getCustomers().size(), customersBefore);
		assertEquals(before.lines().filter(l -> l.contains("<customers")).count(),
				Files.readString(file).lines().filter(l -> l.contains("<customers")).count());
	}

	@Test
	void deleteRemovesTheCustomerAndUndoBringsItBack() throws Exception {
		DiagramNode victim = container(MethodologyLibrary.LEAD_CUSTOMERS).children().get(0);
		run(new DiagramOperation.Delete(List.of(victim.id())));
		assertTrue(session.graph().node(victim.id()).isEmpty());
		session.save();
		assertEquals(customersBefore - 1, ModelFiles.load(file).getCustomers().size());
		session.commandStack().undo();
		assertTrue(session.graph().node(victim.id()).isPresent());
		session.save();
		assertEquals(customersBefore, ModelFiles.load(file).getCustomers().size());
	}

	@Test
	void rolesAndUnknownIdsAreNotEditable() {
		DiagramNode role = container(MethodologyLibrary.GUIDES);
		assertSame(UnexecutableCommand.INSTANCE, session.source().apply(new DiagramOperation.Rename(role.id(), "Gurus")));
		assertSame(UnexecutableCommand.INSTANCE, session.source().apply(new DiagramOperation.Delete(List.of(role.id()))));
		assertSame(UnexecutableCommand.INSTANCE, session.source().apply(new DiagramOperation.Rename("no-such-id", "x")));
		assertFalse(session.source().apply(new DiagramOperation.Rename(role.children().get(0).id(), " ")).canExecute());
	}

	@Test
	void movesGoToTheLayoutFileNotTheModelAndAreUndoable() throws Exception {
		session.save();
		String model = Files.readString(file);
		DiagramNode customer = container(MethodologyLibrary.CONTRIBUTORS).children().get(0);
		session.commandStack().execute(new MoveNodesCommand(session.positions(),
				Map.of(customer.id(), new NodePositions.Position(300, 420))));
		assertEquals(300, session.graph().node(customer.id()).orElseThrow().bounds().x());
		session.save();
		Path layout = LayoutFile.beside(file);
		assertEquals(new NodePositions.Position(300, 420), LayoutFile.read(layout).of(customer.id()).orElseThrow());
		assertEquals(model, Files.readString(file), "the model holds no diagram data");

		session.commandStack().undo();
		assertEquals(customer.bounds().x(), session.graph().node(customer.id()).orElseThrow().bounds().x());
		assertEquals(customer.id(), CustomerDiagram.open(file).graph().node(customer.id()).orElseThrow().id());
		assertEquals(300, CustomerDiagram.open(file).graph().node(customer.id()).orElseThrow().bounds().x(),
				"a new session reads the saved layout");
	}

	private void run(DiagramOperation operation) {
		Command command = session.source().apply(operation);
		assertTrue(command.canExecute(), operation.toString());
		session.commandStack().execute(command);
	}

	private DiagramNode container(String roleId) {
		return session.graph().nodes().stream().filter(n -> n.id().equals(roleId)).findFirst().orElseThrow();
	}

	private DiagramNode newest(String containerId) {
		List<DiagramNode> children = container(containerId).children();
		return children.get(children.size() - 1);
	}
}
