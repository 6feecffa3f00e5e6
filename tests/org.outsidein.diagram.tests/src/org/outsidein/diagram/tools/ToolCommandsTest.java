package org.outsidein.diagram.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.diagram.descriptions.CompiledDescription;
import org.outsidein.diagram.descriptions.DiagramDescriptions;
import org.outsidein.diagram.graph.DiagramGraph;
import org.outsidein.diagram.interpreter.DiagramInterpreter;
import org.outsidein.model.Community;
import org.outsidein.model.Customer;
import org.outsidein.model.CustomerRole;
import org.outsidein.model.Department;
import org.outsidein.model.Employee;
import org.outsidein.model.OutsideInModel;
import org.outsidein.tests.support.Examples;

/**
 * The built-in tools on a copy of the example on disk: each gesture becomes one command on a command stack; undo
 * puts the model back as it was, redo does it again, and what was done is saved and read back.
 */
class ToolCommandsTest {

	@TempDir
	Path folder;

	private Path file;
	private OutsideInModel model;
	/** A command stack that fails the test where the plain one would only log a failed execute, undo or redo. */
	private final BasicCommandStack stack = new BasicCommandStack() {
		@Override
		protected void handleError(Exception exception) {
			throw new AssertionError("the command stack caught " + exception, exception);
		}
	};
	private CompiledDescription ecosystem;
	private CustomerRole guides;
	private CustomerRole promoters;

	@BeforeEach
	void copyOfTheExample() throws Exception {
		file = Files.copy(Examples.cairnwood(), folder.resolve("cairnwood.outsidein"));
		model = ModelFiles.load(file);
		ecosystem = DiagramDescriptions.find("outsidein.ecosystem").orElseThrow();
		guides = MethodologyLibrary.role(model, MethodologyLibrary.GUIDES).orElseThrow();
		promoters = MethodologyLibrary.role(model, MethodologyLibrary.PROMOTERS).orElseThrow();
	}

	private CompiledTool tool(CompiledDescription description, String name) {
		return description.tool(name).orElseThrow();
	}

	private int membersOf(CustomerRole role) {
		DiagramGraph graph = DiagramInterpreter.interpret(ecosystem, model);
		return graph.allNodes().stream().filter(n -> n.element() == role).findFirst().orElseThrow().children().size();
	}

	@Test
	void createACustomerInARoleUndoRedoAndSave() throws Exception {
		int customers = model.getCustomers().size();
		int guidesBefore = membersOf(guides);
		Command create = ToolCommands.createNode(tool(ecosystem, "new-customer-in-role"), model, guides);
		assertTrue(create.canExecute());
		stack.execute(create);
		assertEquals(customers + 1, model.getCustomers().size());
		Customer created = model.getCustomers().get(customers);
		assertEquals("New customer", created.getName());
		assertEquals(guides, created.getRoles().get(0).getRole());
		String id = created.getId();
		assertTrue(id != null && !id.isBlank() && !created.getRoles().get(0).getId().isBlank(),
				"new elements have their ids at once, so diagram nodes keep their identity");
		assertEquals(guidesBefore + 1, membersOf(guides), "the diagram shows the new customer in the role");
		assertTrue(create.getAffectedObjects().contains(created));

		stack.undo();
		assertEquals(customers, model.getCustomers().size());
		assertEquals(guidesBefore, membersOf(guides));
		stack.redo();
		assertEquals(customers + 1, model.getCustomers().size());
		assertEquals(guides, model.getCustomers().get(customers).getRoles().get(0).getRole());

		ModelFiles.save(model.eResource());
		OutsideInModel reread = ModelFiles.load(file);
		Customer saved = reread.getCustomers().get(customers);
		assertEquals("New customer", saved.getName());
		assertEquals(id, saved.getId(), "the same id after undo, redo and saving");
		assertEquals(MethodologyLibrary.GUIDES, saved.getRoles().get(0).getRole().getId());
	}

	@Test
	void renameInPlaceAndUndo() {
		Customer customer = model.getCustomers().get(0);
		String name = customer.getName();
		stack.execute(ToolCommands.directEdit(tool(ecosystem, "rename"), model, customer, "Renamed <&> customer"));
		assertEquals("Renamed <&> customer", customer.getName());
		stack.undo();
		assertEquals(name, customer.getName());
		stack.redo();
		assertEquals("Renamed <&> customer", customer.getName());
		stack.undo();
		assertEquals(name, customer.getName());
		assertTrue(customer.eAdapters().isEmpty() && model.eAdapters().isEmpty(), "the change recorder is gone");
	}

	@Test
	void removeFromOneRoleKeepsTheCustomerAndItsOtherRoles() {
		Customer customer = model.getCustomers().stream().filter(c -> c.getRoles().size() >= 2).findFirst().orElseThrow();
		CustomerRole first = customer.getRoles().get(0).getRole();
		int roles = customer.getRoles().size();
		stack.execute(ToolCommands.delete(tool(ecosystem, "remove-from-role"), model, customer, first));
		assertEquals(roles - 1, customer.getRoles().size());
		assertTrue(customer.getRoles().stream().noneMatch(a -> a.getRole() == first));
		assertTrue(model.getCustomers().contains(customer));
		stack.undo();
		assertEquals(roles, customer.getRoles().size());
		assertEquals(first, customer.getRoles().get(0).getRole());
	}

	@Test
	void deleteACommunityRemovesEveryReferenceToItAndUndoRestoresThem() throws Exception {
		Community community = model.getCommunities().get(0);
		Employee engaged = model.getOrganisation().getEmployees().get(0);
		community.getEmployees().add(engaged);
		CompiledDescription engagement = DiagramDescriptions.find("outsidein.engagement").orElseThrow();
		stack.execute(ToolCommands.delete(tool(engagement, "delete"), model, community, model));
		assertFalse(model.getCommunities().contains(community));
		stack.undo();
		assertTrue(model.getCommunities().contains(community));
		assertTrue(community.getEmployees().contains(engaged));
	}

	@Test
	void dropACustomerOnAnotherRoleMovesItsAssignment() {
		Customer guide = model.getCustomers().stream()
				.filter(c -> c.getRoles().stream().anyMatch(a -> a.getRole() == guides)
						&& c.getRoles().stream().noneMatch(a -> a.getRole() == promoters))
				.findFirst().orElseThrow();
		CompiledTool move = tool(ecosystem, "move-to-role");
		stack.execute(ToolCommands.drop(move, model, guide, guides, promoters));
		assertTrue(guide.getRoles().stream().anyMatch(a -> a.getRole() == promoters));
		assertTrue(guide.getRoles().stream().noneMatch(a -> a.getRole() == guides));
		assertFalse(ToolCommands.drop(move, model, guide, guides, promoters).canExecute(),
				"the precondition refuses a role the customer already plays");
		stack.undo();
		assertTrue(guide.getRoles().stream().anyMatch(a -> a.getRole() == guides));
	}

	@Test
	void connectAMemberAndAnEmployeeToACommunity() {
		Community community = model.getCommunities().get(0);
		Customer outsider = model.getCustomers().stream().filter(c -> !community.getMembers().contains(c)).findFirst()
				.orElseThrow();
		stack.execute(ToolCommands.createEdge(tool(ecosystem, "add-member"), model, community, outsider));
		assertTrue(community.getMembers().contains(outsider));
		CompiledDescription engagement = DiagramDescriptions.find("outsidein.engagement").orElseThrow();
		Employee employee = model.getOrganisation().getEmployees().stream()
				.filter(e -> !community.getEmployees().contains(e)).findFirst().orElseThrow();
		stack.execute(ToolCommands.createEdge(tool(engagement, "join-community"), model, employee, community));
		assertTrue(community.getEmployees().contains(employee));
		stack.undo();
		stack.undo();
		assertFalse(community.getMembers().contains(outsider));
		assertFalse(community.getEmployees().contains(employee));
	}

	@Test
	void createAnEmployeeInADepartmentAndMoveIt() {
		CompiledDescription engagement = DiagramDescriptions.find("outsidein.engagement").orElseThrow();
		List<Department> departments = model.getOrganisation().getDepartments();
		stack.execute(ToolCommands.createNode(tool(engagement, "new-employee"), model, departments.get(0)));
		Employee created = model.getOrganisation().getEmployees().get(model.getOrganisation().getEmployees().size() - 1);
		assertEquals("New employee", created.getName());
		assertEquals(departments.get(0), created.getDepartment());
		stack.execute(ToolCommands.drop(tool(engagement, "move-to-department"), model, created, departments.get(0),
				departments.get(1)));
		assertEquals(departments.get(1), created.getDepartment());
		stack.undo();
		assertEquals(departments.get(0), created.getDepartment());
	}

	@Test
	void aToolOfTheWrongKindIsRefused() {
		assertThrows(IllegalArgumentException.class,
				() -> ToolCommands.createNode(tool(ecosystem, "rename"), model, guides));
	}
}
