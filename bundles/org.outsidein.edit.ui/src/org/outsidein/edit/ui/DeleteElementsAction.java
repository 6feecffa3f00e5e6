package org.outsidein.edit.ui;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Delete on the selected model elements: one command that removes them and every reference to them, so the
 * model is never left pointing at what is gone, and Undo brings all of it back.
 */
public final class DeleteElementsAction extends Action implements ISelectionChangedListener {

	private EditingDomain domain;
	private List<?> selected = List.of();

	public DeleteElementsAction() {
		super("&Delete");
		setId(ActionFactory.DELETE.getId());
		setActionDefinitionId("org.eclipse.ui.edit.delete");
		setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
		setEnabled(false);
	}

	public void setEditingDomain(EditingDomain newDomain) {
		domain = newDomain;
		setEnabled(command().canExecute());
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		select(event.getSelection());
	}

	public void select(ISelection selection) {
		selected = selection instanceof IStructuredSelection structured
				? structured.toList().stream().filter(EObject.class::isInstance).toList()
				: List.of();
		setEnabled(command().canExecute());
	}

	@Override
	public void run() {
		Command command = command();
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	private Command command() {
		return domain == null || selected.isEmpty() ? UnexecutableCommand.INSTANCE : DeleteCommand.create(domain, selected);
	}
}
