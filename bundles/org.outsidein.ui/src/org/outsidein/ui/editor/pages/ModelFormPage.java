package org.outsidein.ui.editor.pages;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.outsidein.model.Named;
import org.outsidein.model.OutsideInModel;
import org.outsidein.ui.editor.EditedModel;
import org.outsidein.ui.editor.ModelCommands;
import org.outsidein.ui.editor.ModelEditor;
import org.outsidein.ui.editor.ModelPage;

/**
 * What the form pages of the model editor share: the model, the commands that change it, sections, and a
 * refresh after every change, done when the page is shown (pages that are not visible only note that they are
 * out of date: on a large model the figures take a moment).
 */
public abstract class ModelFormPage extends FormPage implements ModelPage {

	private final ModelEditor editor;
	private boolean stale;

	protected ModelFormPage(ModelEditor editor, String id, String title) {
		super(editor, id, title);
		this.editor = editor;
	}

	@Override
	protected final void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		form.setText(getTitle());
		managedForm.getToolkit().decorateFormHeading(form.getForm());
		createContent(managedForm.getToolkit(), form.getBody());
		ModelListener.whileAlive(edited().commandStack(), form, this::modelChanged);
		refresh();
	}

	/** Builds the page's widgets in the form's body. */
	protected abstract void createContent(FormToolkit toolkit, Composite body);

	/** Shows the model as it is now. */
	protected abstract void refresh();

	private void modelChanged() {
		if (isActive()) {
			refresh();
		} else {
			stale = true;
		}
	}

	@Override
	public void setActive(boolean active) {
		super.setActive(active);
		if (active && stale && getManagedForm() != null) {
			stale = false;
			refresh();
		}
	}

	protected ModelEditor editor() {
		return editor;
	}

	protected EditedModel edited() {
		return editor.edited();
	}

	protected OutsideInModel model() {
		return editor.edited().model();
	}

	protected ModelCommands commands() {
		return new ModelCommands(edited().domain());
	}

	/** A titled section whose client is a grid of the given number of columns. */
	protected static Composite section(FormToolkit toolkit, Composite parent, String title, String description,
			int columns) {
		Section section = toolkit.createSection(parent, Section.TITLE_BAR | (description == null ? 0 : Section.DESCRIPTION));
		section.setText(title);
		if (description != null) {
			section.setDescription(description);
		}
		section.setLayoutData(parent.getLayout() instanceof TableWrapLayout ? new TableWrapData(TableWrapData.FILL_GRAB)
				: new GridData(SWT.FILL, SWT.FILL, true, true));
		Composite client = toolkit.createComposite(section);
		client.setLayout(new GridLayout(columns, false));
		section.setClient(client);
		return client;
	}

	/**
	 * A section with a table of elements held by a container reference, and buttons that add a new named
	 * element to it or remove the selected ones; the table feeds the Properties view while it has the focus.
	 */
	protected <T extends EObject> ElementTable<T> listSection(FormToolkit toolkit, Composite parent, String title,
			String description, EObject container, EReference elements, String newName,
			List<ElementTable.Column<T>> columns) {
		Composite client = section(toolkit, parent, title, description, 1);
		@SuppressWarnings("unchecked")
		ElementTable<T> table = new ElementTable<>(client, () -> (List<T>) container.eGet(elements), columns);
		follow(table);
		Composite buttons = toolkit.createComposite(client);
		buttons.setLayout(new GridLayout(2, false));
		toolkit.createButton(buttons, "Add", SWT.PUSH).addListener(SWT.Selection, event -> {
			EObject element = EcoreUtil.create(elements.getEReferenceType());
			if (element instanceof Named named) {
				named.setName(newName);
			}
			if (commands().add(container, elements, element)) {
				table.refresh();
				table.reveal(element);
			}
		});
		toolkit.createButton(buttons, "Remove", SWT.PUSH)
				.addListener(SWT.Selection, event -> commands().delete(table.selected()));
		return table;
	}

	/** Makes the table the editor's selection while it has the focus, and marks its rows with findings. */
	protected void follow(ElementTable<?> table) {
		StructuredViewer viewer = table.viewer();
		viewer.getControl().addListener(SWT.FocusIn, event -> editor.selection().follow(viewer));
		if (editor.problems() != null) {
			table.showProblems(editor.problems());
		}
	}

	@Override
	public ISelectionProvider viewer() {
		return null;
	}

	@Override
	public boolean shows(EObject element) {
		return false;
	}

	@Override
	public boolean reveal(EObject element) {
		return false;
	}
}
