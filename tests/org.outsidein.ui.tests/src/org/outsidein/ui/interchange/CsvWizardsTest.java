package org.outsidein.ui.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.interchange.RecordKind;
import org.outsidein.model.Customer;
import org.outsidein.model.OutsideInModel;
import org.outsidein.tests.support.ModelShape;
import org.outsidein.ui.editor.ModelEditor;
import org.outsidein.ui.workbench.TestProject;
import org.outsidein.ui.workbench.Ui;

/** File > Import and File > Export for CSV files, on a real display: into an open model as one command, or a file. */
class CsvWizardsTest {

	private static final String CRM = String.join("\r\n", "External ID;Name;Segment;Kind;Group size;Roles",
			"C-1;Noor Haddad;Climbers;Individual;;Lead Customers (Engaged)", "C-2;Fell Runners;Runners;Group;40;Guides",
			"C-3;;Climbers;Individual;;Guides", "");

	private TestProject project;
	private IFile file;
	private Path csv;

	@BeforeEach
	void open() throws Exception {
		project = TestProject.named("Interchange test");
		file = project.add(ModelShape.ONE_ASSESSMENT);
		csv = Files.writeString(project.location().resolve("crm.csv"), CRM, StandardCharsets.UTF_8);
	}

	@AfterEach
	void close() throws Exception {
		project.close();
	}

	@Test
	void anImportIntoAnOpenModelIsOneCommandUndoneFromTheEditMenu() throws Exception {
		ModelEditor editor = TestProject.open(file);
		OutsideInModel model = editor.edited().model();
		int before = model.getCustomers().size();

		CsvImportWizard wizard = new CsvImportWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(file));
		WizardDialog dialog = open(wizard);
		CsvImportPage page = (CsvImportPage) wizard.getPage("import");
		page.fill(file, csv, RecordKind.CUSTOMERS, false);
		assertTrue(wizard.canFinish(), String.valueOf(page.getErrorMessage()));
		Ui.screenshot("import-wizard");
		Ui.answerNextDialog(CsvImportWizard.TITLE, "OK");
		assertTrue(wizard.performFinish());
		dialog.close();

		assertEquals(before + 2, model.getCustomers().size(), "two good rows, one without a name");
		assertEquals(1, wizard.result().problems().size(), wizard.result().problems().toString());
		assertTrue(wizard.result().problems().get(0).toString().startsWith("row 4: "), wizard.result().problems().toString());
		Customer noor = model.getCustomers().stream().filter(c -> "Noor Haddad".equals(c.getName())).findFirst().orElseThrow();
		assertEquals("Lead Customers", noor.getRoles().get(0).getRole().getName());
		assertTrue(editor.isDirty(), "the editor holds the import until it is saved");

		Ui.page().activate(editor);
		Ui.command(IWorkbenchCommandConstants.EDIT_UNDO);
		assertEquals(before, model.getCustomers().size(), "one Undo takes the whole import back");
		Ui.command(IWorkbenchCommandConstants.EDIT_REDO);
		assertEquals(before + 2, model.getCustomers().size(), "and Redo makes it again");
		assertTrue(model.getCustomers().stream().anyMatch(c -> "Fell Runners".equals(c.getName())));
	}

	@Test
	void anImportIntoAModelNotOpenSavesItsFileAndAStrictOneChangesNothing() throws Exception {
		byte[] original = Files.readAllBytes(file.getLocation().toFile().toPath());
		CsvImportWizard strict = new CsvImportWizard();
		strict.init(PlatformUI.getWorkbench(), new StructuredSelection(file));
		WizardDialog dialog = open(strict);
		((CsvImportPage) strict.getPage("import")).fill(file, csv, RecordKind.CUSTOMERS, true);
		Ui.answerNextDialog(CsvImportWizard.TITLE, "OK");
		assertTrue(strict.performFinish());
		dialog.close();
		assertFalse(strict.result().applied(), "all or nothing, and a row is bad");
		assertTrue(java.util.Arrays.equals(original, Files.readAllBytes(file.getLocation().toFile().toPath())),
				"the file is untouched");

		CsvImportWizard lenient = new CsvImportWizard();
		lenient.init(PlatformUI.getWorkbench(), new StructuredSelection(file));
		dialog = open(lenient);
		((CsvImportPage) lenient.getPage("import")).fill(file, csv, RecordKind.CUSTOMERS, false);
		Ui.answerNextDialog(CsvImportWizard.TITLE, "OK");
		assertTrue(lenient.performFinish());
		dialog.close();
		OutsideInModel saved = ModelFiles.load(file.getLocation().toFile().toPath());
		assertTrue(saved.getCustomers().stream().anyMatch(c -> "Noor Haddad".equals(c.getName())), "saved in the file");
	}

	@Test
	void anExportWritesTheFilesTheImportReads() throws Exception {
		CsvExportWizard wizard = new CsvExportWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(file));
		WizardDialog dialog = open(wizard);
		Path folder = project.location().resolve("exported");
		((CsvExportPage) wizard.getPage("export")).fill(file, folder);
		Ui.screenshot("export-wizard");
		assertTrue(wizard.performFinish());
		dialog.close();
		List<Path> written = wizard.written();
		assertEquals(2, written.size(), written.toString());
		OutsideInModel model = ModelFiles.load(file.getLocation().toFile().toPath());
		List<String> customers = Files.readAllLines(written.get(0), StandardCharsets.UTF_8);
		assertEquals(model.getCustomers().size() + 1, customers.size(), "a header and a row per customer");
		assertTrue(project.project().getFolder("exported").exists(), "the workspace sees the files");
	}

	private static WizardDialog open(IWizard wizard) {
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Ui.settle();
		return dialog;
	}
}
