package org.outsidein.diagram.server.customers;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.outsidein.model.Customer;
import org.outsidein.model.CustomerRole;
import org.outsidein.model.OutsideInFactory;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.model.RoleAssignment;

/** The model changes behind the customer diagram's edits, as commands of the editing domain (one undo history). */
final class CustomerCommands {

	static final String NEW_CUSTOMER_NAME = "New customer";

	private final OutsideInModel model;
	private final EditingDomain domain;

	CustomerCommands(OutsideInModel model, EditingDomain domain) {
		this.model = model;
		this.domain = domain;
	}

	/** A new customer playing {@code role} (none when {@code null}). */
	Command create(CustomerRole role) {
		Customer customer = OutsideInFactory.eINSTANCE.createCustomer();
		// An id from the start, not at the next save: the diagram knows elements by it, so the new node keeps its
		// identity (selection, position) from the moment it appears.
		customer.setId(EcoreUtil.generateUUID());
		customer.setName(NEW_CUSTOMER_NAME);
		if (role != null) {
			RoleAssignment assignment = OutsideInFactory.eINSTANCE.createRoleAssignment();
			assignment.setId(EcoreUtil.generateUUID());
			assignment.setRole(role);
			customer.getRoles().add(assignment);
		}
		return AddCommand.create(domain, model, OutsideInPackage.Literals.OUTSIDE_IN_MODEL__CUSTOMERS, customer);
	}

	Command rename(Customer customer, String name) {
		if (customer == null || name == null || name.isBlank()) {
			return UnexecutableCommand.INSTANCE;
		}
		return SetCommand.create(domain, customer, OutsideInPackage.Literals.NAMED__NAME, name.strip());
	}

	/** Deletes the customers and every reference to them (toolkit users, scenarios); ids that are no customer are skipped. */
	Command delete(List<Customer> customers) {
		List<Customer> known = customers.stream().filter(Objects::nonNull).toList();
		if (known.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		return DeleteCommand.create(domain, known);
	}
}
