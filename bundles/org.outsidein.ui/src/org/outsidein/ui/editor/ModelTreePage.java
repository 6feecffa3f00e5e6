package org.outsidein.ui.editor;

import java.util.Collection;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.outsidein.edit.ui.ElementDragAndDrop;
import org.outsidein.edit.ui.ItemContentProvider;
import org.outsidein.edit.ui.ItemImages;
import org.outsidein.ui.markers.ProblemLabelProvider;

/**
 * The whole model as a tree, for everything the form pages do not show (a methodology's own concepts
 * included): New adds any child the metamodel allows, the Properties view edits the selected element.
 */
public class ModelTreePage extends FormPage implements ModelPage {

	public static final String ID = "model";

	private final ModelEditor editor;
	private TreeViewer viewer;

	public ModelTreePage(ModelEditor editor) {
		super(editor, ID, "Model");
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		form.setText("Model: every element");
		Composite body = form.getBody();
		body.setLayout(new FillLayout());
		// Virtual: a model of 100,000 customers shows at once; items are made as they scroll into view.
		viewer = new TreeViewer(body, SWT.VIRTUAL | SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.setUseHashlookup(true);
		EditedModel edited = editor.edited();
		viewer.setContentProvider(new ItemContentProvider(edited.adapterFactory()));
		viewer.setLabelProvider(new ProblemLabelProvider(edited.adapterFactory(), editor.problems()));
		viewer.setInput(edited.resource());
		viewer.expandToLevel(2);
		ElementDragAndDrop.enable(viewer, edited.domain());
		managedForm.getToolkit().adapt(viewer.getTree());
		createContextMenu();
		editor.selection().follow(viewer);
	}

	private void createContextMenu() {
		MenuManager menu = new MenuManager("#PopupMenu");
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillContextMenu);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);
	}

	private void fillContextMenu(IMenuManager menu) {
		IStructuredSelection selection = viewer.getStructuredSelection();
		MenuManager create = new MenuManager("&New");
		if (selection.size() == 1 && selection.getFirstElement() instanceof EObject owner) {
			Collection<?> descriptors = editor.edited().domain().getNewChildDescriptors(owner, null);
			for (Object descriptor : descriptors) {
				create.add(newChildAction(owner, descriptor));
			}
		}
		menu.add(create);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
	}

	private Action newChildAction(EObject owner, Object descriptor) {
		Command command = CreateChildCommand.create(editor.edited().domain(), owner, descriptor,
				StructuredSelection.EMPTY.toList());
		CommandActionDelegate delegate = (CommandActionDelegate) command;
		Action action = new Action(delegate.getText()) {
			@Override
			public void run() {
				editor.edited().domain().getCommandStack().execute(command);
				Collection<?> created = command.getAffectedObjects();
				viewer.setSelection(new StructuredSelection(created.toArray()), true);
			}
		};
		Image image = ItemImages.get(delegate.getImage());
		if (image != null) {
			action.setImageDescriptor(ImageDescriptor.createFromImage(image));
		}
		action.setToolTipText(delegate.getToolTipText());
		action.setEnabled(command.canExecute());
		return action;
	}

	@Override
	public ISelectionProvider viewer() {
		return viewer;
	}

	@Override
	public boolean shows(EObject element) {
		return true;
	}

	@Override
	public boolean reveal(EObject element) {
		if (viewer == null || element == null) {
			return false;
		}
		viewer.setSelection(new StructuredSelection(element), true);
		return !viewer.getStructuredSelection().isEmpty();
	}
}
