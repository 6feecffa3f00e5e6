package org.outsidein.diagram.server.customers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.diagram.server.source.Bounds;
import org.outsidein.diagram.server.source.DiagramEdge;
import org.outsidein.diagram.server.source.DiagramElementTypes;
import org.outsidein.diagram.server.source.DiagramGraph;
import org.outsidein.diagram.server.source.DiagramNode;
import org.outsidein.diagram.server.source.DiagramOperation;
import org.outsidein.diagram.server.source.DiagramSource;
import org.outsidein.diagram.server.source.DiagramTool;
import org.outsidein.model.Customer;
import org.outsidein.model.CustomerRole;
import org.outsidein.model.OutsideInModel;

/**
 * The customers of a model, one container per role (and one for customers without a role), placed on a grid; an
 * edge from a customer to each further role it plays. Customers are created in a role, renamed and deleted through
 * the editing domain's commands; roles belong to the methodology and are not edited here.
 */
public final class CustomersByRoleSource implements DiagramSource {

	public static final String DIAGRAM_TYPE = "customers-by-role";
	public static final String CUSTOMER_TOOL = "create-customer";
	/** The container of customers who play no role; not a model element, so not a URI fragment. */
	public static final String NO_ROLE = "no-role";

	private final OutsideInModel model;
	private final CustomerCommands commands;

	public CustomersByRoleSource(OutsideInModel model, EditingDomain domain) {
		this.model = model;
		this.commands = new CustomerCommands(model, domain);
	}

	@Override
	public String diagramType() {
		return DIAGRAM_TYPE;
	}

	@Override
	public String title() {
		return "Customers by role: " + ElementLabels.name(model);
	}

	@Override
	public DiagramGraph graph() {
		GridPlacement grid = new GridPlacement();
		List<DiagramNode> containers = new ArrayList<>();
		List<DiagramEdge> edges = new ArrayList<>();
		for (CustomerGroups.Group group : CustomerGroups.of(model)) {
			String containerId = group.role().map(CustomersByRoleSource::idOf).orElse(NO_ROLE);
			String heading = group.role().map(ElementLabels::name).orElse("No role yet");
			List<DiagramNode> customers = new ArrayList<>();
			for (Customer customer : group.customers()) {
				customers.add(new DiagramNode(idOf(customer), DiagramElementTypes.ELEMENT, ElementLabels.name(customer),
						true, GridPlacement.element(customers.size()), List.of()));
				CustomerGroups.rolesOf(customer).stream().skip(1).forEach(role -> edges.add(new DiagramEdge(
						idOf(customer) + "->" + idOf(role), DiagramElementTypes.EDGE, idOf(customer), idOf(role))));
			}
			Bounds bounds = grid.nextContainer(customers.size());
			containers.add(new DiagramNode(containerId, DiagramElementTypes.CONTAINER, heading, false, bounds, customers));
		}
		return new DiagramGraph(containers, edges);
	}

	@Override
	public List<DiagramTool> tools() {
		return List.of(new DiagramTool(CUSTOMER_TOOL, "Customer", DiagramElementTypes.ELEMENT,
				List.of(DiagramElementTypes.CONTAINER)));
	}

	@Override
	public Command apply(DiagramOperation operation) {
		if (operation instanceof DiagramOperation.Create create && CUSTOMER_TOOL.equals(create.toolId())) {
			return commands.create(roleOf(create.containerId()));
		}
		if (operation instanceof DiagramOperation.Rename rename) {
			return commands.rename(customer(rename.nodeId()), rename.newLabel());
		}
		if (operation instanceof DiagramOperation.Delete delete) {
			return commands.delete(delete.nodeIds().stream().map(this::customer).toList());
		}
		return UnexecutableCommand.INSTANCE;
	}

	@Override
	public Optional<EObject> elementOf(String nodeId) {
		Customer customer = customer(nodeId);
		return customer != null ? Optional.of(customer) : Optional.ofNullable(roleOf(nodeId));
	}

	/** A stable id: the element's URI fragment, which for our models is its UUID. */
	static String idOf(EObject element) {
		return EcoreUtil.getURI(element).fragment();
	}

	private Customer customer(String id) {
		return model.getCustomers().stream().filter(customer -> idOf(customer).equals(id)).findFirst().orElse(null);
	}

	/** The role a container stands for; {@code null} for the no-role container or an unknown id. */
	private CustomerRole roleOf(String containerId) {
		return CustomerGroups.of(model).stream().flatMap(group -> group.role().stream())
				.filter(role -> idOf(role).equals(containerId)).findFirst().orElse(null);
	}
}
