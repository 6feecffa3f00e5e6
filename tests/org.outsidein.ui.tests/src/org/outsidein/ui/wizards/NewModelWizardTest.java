package org.outsidein.ui.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.model.OutsideInModel;
import org.outsidein.ui.editor.ModelEditor;
import org.outsidein.ui.workbench.TestProject;
import org.outsidein.ui.workbench.Ui;

/** File > New > Outside-In Model, filled in as an analyst would, on a real display. */
class NewModelWizardTest {

	private TestProject workspace;
	private IProject project;

	@AfterEach
	void cleanUp() throws Exception {
		workspace.close();
	}

	@Test
	void createsTheModelOfTheOrganisationAndOpensIt() throws Exception {
		workspace = TestProject.named("Wizard test");
		project = workspace.project();
		NewModelWizard wizard = new NewModelWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		((WizardNewFileCreationPage) wizard.getPage("file")).setFileName("acme");
		OrganisationPage organisation = (OrganisationPage) wizard.getPage("organisation");
		dialog.showPage(organisation);
		List<Text> fields = texts((Composite) organisation.getControl());
		fields.get(0).setText("Acme Outdoor");
		fields.get(1).setText("20,000");
		fields.get(2).setText("sixty");
		assertEquals("The number of employees is a whole number of 1 or more, or empty when unknown",
				organisation.getErrorMessage());
		fields.get(2).setText("64");
		assertTrue(wizard.canFinish());
		Ui.screenshot("new-model-wizard");
		assertTrue(wizard.performFinish());
		dialog.close();
		Ui.settle();

		IFile file = wizard.created();
		assertEquals("acme.outsidein", file.getName());
		OutsideInModel model = ModelFiles.load(file.getLocation().toPath());
		assertEquals("Acme Outdoor", model.getOrganisation().getName());
		assertEquals(20000, model.getOrganisation().getCustomerBaseSize());
		assertEquals(64, model.getOrganisation().getHeadcount());
		assertEquals("Outside Innovation", model.getMethodologies().get(0).getName());
		IEditorPart editor = Ui.page().getActiveEditor();
		assertTrue(editor instanceof ModelEditor, String.valueOf(editor));
	}

	private static List<Text> texts(Composite parent) {
		List<Text> texts = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (child instanceof Text text) {
				texts.add(text);
			}
		}
		return texts;
	}
}
