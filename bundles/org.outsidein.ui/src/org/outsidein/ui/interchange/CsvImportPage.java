package org.outsidein.ui.interchange;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.outsidein.interchange.RecordKind;

/** Which CSV file to import into which model, what its rows are, and how strict to be. */
final class CsvImportPage extends WizardPage implements ImportIntoModelWizard.ModelPage {

	private final IFile chosen;
	private ModelChooser model;
	private FileRow csv;
	private Button customers;
	private Button employees;
	private FileRow mapping;
	private Button allOrNothing;

	CsvImportPage(IFile chosen) {
		super("import");
		this.chosen = chosen;
		setTitle("Import from a CSV file");
		setDescription("Customers from a CRM export, or employees from an HR export; a file imported again updates.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(3, false));
		model = new ModelChooser(body, chosen, this::validate);
		csv = new FileRow(body, "&CSV file:", "*.csv;*.txt", false, this::validate);
		new Label(body, SWT.NONE).setText("Rows are:");
		Composite kinds = new Composite(body, SWT.NONE);
		kinds.setLayout(new GridLayout(2, false));
		kinds.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		customers = new Button(kinds, SWT.RADIO);
		customers.setText("C&ustomers");
		customers.setSelection(true);
		employees = new Button(kinds, SWT.RADIO);
		employees.setText("&Employees");
		mapping = new FileRow(body, "Column &mapping (optional):", "*.txt;*.properties;*", false, this::validate);
		allOrNothing = new Button(body, SWT.CHECK);
		allOrNothing.setText("&All or nothing: one bad row imports nothing");
		allOrNothing.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		setControl(body);
		validate();
	}

	private void validate() {
		String problem = ImportPageChecks.modelAndFiles(this, model, csv, "Choose the CSV file to import");
		if (problem == null && ImportPageChecks.complete(null, csv) && mapping != null && mapping.missing() != null) {
			problem = "There is no mapping file " + mapping.missing();
		}
		setErrorMessage(problem);
		setPageComplete(ImportPageChecks.complete(problem, csv));
	}

	@Override
	public IFile model() {
		return model.file();
	}

	ModelImport.Request request() {
		return new ModelImport.Request(csv.file(), customers.getSelection() ? RecordKind.CUSTOMERS : RecordKind.EMPLOYEES,
				mapping.file(), allOrNothing.getSelection());
	}

	/** Fills the page as a user would; for tests. */
	void fill(IFile target, Path file, RecordKind kind, boolean strict) {
		model.choose(target);
		csv.setText(file.toString());
		customers.setSelection(kind == RecordKind.CUSTOMERS);
		employees.setSelection(kind == RecordKind.EMPLOYEES);
		allOrNothing.setSelection(strict);
	}
}
