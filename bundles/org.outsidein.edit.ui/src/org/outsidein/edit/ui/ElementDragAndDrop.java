package org.outsidein.edit.ui;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;

/**
 * Dragging model elements within and between a model's viewers: the drop is EMF.Edit's DragAndDropCommand on the
 * editing domain (move, copy or link, before, on or after the target, as the item providers allow), so it is one
 * step on the command stack like every other change.
 */
public final class ElementDragAndDrop {

	private static final int OPERATIONS = DND.DROP_MOVE | DND.DROP_COPY | DND.DROP_LINK;
	// DragAndDropCommand reads a location within the target item: below 0.2 is before it, above 0.8 after it.
	private static final float BEFORE = 0.1f;
	private static final float ON = 0.5f;
	private static final float AFTER = 0.9f;

	private ElementDragAndDrop() {
	}

	public static void enable(StructuredViewer viewer, EditingDomain domain) {
		Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
		viewer.addDragSupport(OPERATIONS, transfers, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				IStructuredSelection selection = viewer.getStructuredSelection();
				event.doit = !selection.isEmpty() && dragged(selection).size() == selection.size();
				LocalSelectionTransfer.getTransfer().setSelection(selection);
			}

			@Override
			public void dragFinished(DragSourceEvent event) {
				LocalSelectionTransfer.getTransfer().setSelection(null);
			}
		});
		viewer.addDropSupport(OPERATIONS, transfers, new Drop(viewer, domain));
	}

	/**
	 * The command a drop makes: the dragged elements moved (or copied, or linked) before, on or after the target;
	 * unexecutable when the metamodel has no place for them there.
	 */
	public static Command command(EditingDomain domain, Object target, int location, int operation, Collection<?> dragged) {
		Object owner = target instanceof ChildRange range ? range.parent() : target;
		if (!(owner instanceof EObject) || dragged.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		float where = target instanceof ChildRange ? ON : switch (location) {
		case ViewerDropAdapter.LOCATION_BEFORE -> BEFORE;
		case ViewerDropAdapter.LOCATION_AFTER -> AFTER;
		default -> ON;
		};
		return DragAndDropCommand.create(domain, owner, where, OPERATIONS, operation, dragged);
	}

	private static List<?> dragged(ISelection selection) {
		return selection instanceof IStructuredSelection structured
				? structured.toList().stream().filter(EObject.class::isInstance).toList()
				: List.of();
	}

	private static final class Drop extends ViewerDropAdapter {

		private final EditingDomain domain;

		Drop(StructuredViewer viewer, EditingDomain domain) {
			super(viewer);
			this.domain = domain;
		}

		@Override
		public boolean validateDrop(Object target, int operation, TransferData type) {
			return LocalSelectionTransfer.getTransfer().isSupportedType(type) && command(target, operation).canExecute();
		}

		@Override
		public boolean performDrop(Object data) {
			Command command = command(getCurrentTarget(), getCurrentOperation());
			if (!command.canExecute()) {
				return false;
			}
			domain.getCommandStack().execute(command);
			return true;
		}

		private Command command(Object target, int operation) {
			return ElementDragAndDrop.command(domain, target, getCurrentLocation(), operation,
					dragged(LocalSelectionTransfer.getTransfer().getSelection()));
		}
	}
}
