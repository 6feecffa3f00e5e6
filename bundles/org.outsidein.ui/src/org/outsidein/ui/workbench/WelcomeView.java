package org.outsidein.ui.workbench;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.outsidein.ui.editor.ModelEditor;
import org.outsidein.ui.wizards.NewModelWizard;

/** Shown on the first start: the two ways in, the sample and a model of one's own. */
public class WelcomeView extends ViewPart {

	public static final String ID = "org.outsidein.ui.welcome";

	private FormToolkit toolkit;
	private ScrolledForm form;

	@Override
	public void createPartControl(Composite parent) {
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		form.setText("Welcome to Outside-In");
		Composite body = form.getBody();
		body.setLayout(new GridLayout(1, false));
		toolkit.createLabel(body, "Map your customer ecosystem, assess your outside-innovation practice step by step,"
				+ " and report on it.", SWT.WRAP);
		link(body, "Create a sample project", "The Cairnwood Outdoor example, copied into your workspace, to explore.",
				this::createSample);
		link(body, "New model…", "A model of your own organisation, wired to the Outside Innovation methodology.",
				this::newModel);
	}

	private void link(Composite body, String text, String explanation, Runnable action) {
		Hyperlink link = toolkit.createHyperlink(body, text, SWT.NONE);
		link.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent event) {
				action.run();
			}
		});
		toolkit.createLabel(body, explanation, SWT.WRAP);
	}

	void createSample() {
		try {
			IFile file = SampleProject.create();
			IDE.openEditor(getSite().getPage(), file, ModelEditor.ID);
		} catch (CoreException e) {
			ErrorDialog.openError(getSite().getShell(), "Cannot create the sample project", null, e.getStatus());
		}
	}

	private void newModel() {
		NewModelWizard wizard = new NewModelWizard();
		wizard.init(getSite().getWorkbenchWindow().getWorkbench(), null);
		new WizardDialog(getSite().getShell(), wizard).open();
	}

	@Override
	public void setFocus() {
		form.setFocus();
	}

	@Override
	public void dispose() {
		if (toolkit != null) {
			toolkit.dispose();
		}
		super.dispose();
	}

	/** For a wizard or a test that wants the sample opened as the welcome's link does. */
	public static void openSample(org.eclipse.ui.IWorkbenchPage page) throws CoreException, PartInitException {
		IDE.openEditor(page, SampleProject.create(), ModelEditor.ID);
	}
}
