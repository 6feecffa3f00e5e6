package org.outsidein.ui.editor;

import java.util.Collection;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/** The model changes the form pages make, each one command on the model's stack (so one Undo each). */
public final class ModelCommands {

	private final EditingDomain domain;

	public ModelCommands(EditingDomain domain) {
		this.domain = domain;
	}

	/** Sets a feature, unless it already has the value; returns whether anything changed. */
	public boolean set(EObject owner, EStructuralFeature feature, Object value) {
		if (owner == null || Objects.equals(owner.eGet(feature), value)) {
			return false;
		}
		return execute(SetCommand.create(domain, owner, feature, value));
	}

	/** Adds to a many-valued feature (a new customer to the model, a role to a customer). */
	public boolean add(EObject owner, EStructuralFeature feature, Object value) {
		return execute(AddCommand.create(domain, owner, feature, value));
	}

	/** Deletes elements and every reference to them. */
	public boolean delete(Collection<?> elements) {
		return !elements.isEmpty() && execute(DeleteCommand.create(domain, elements));
	}

	public boolean execute(Command command) {
		if (!command.canExecute()) {
			return false;
		}
		domain.getCommandStack().execute(command);
		return true;
	}
}
