package org.outsidein.ui.interchange;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.outsidein.interchange.RecordKind;

/** Which CSV file to import into which model, what its rows are, and how strict to be. */
final class CsvImportPage extends WizardPage {

	private final IFile chosen;
	private ModelChooser model;
	private Text csv;
	private Button customers;
	private Button employees;
	private Text mapping;
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
		csv = fileRow(body, "&CSV file:", "*.csv;*.txt");
		new Label(body, SWT.NONE).setText("Rows are:");
		Composite kinds = new Composite(body, SWT.NONE);
		kinds.setLayout(new GridLayout(2, false));
		kinds.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		customers = new Button(kinds, SWT.RADIO);
		customers.setText("C&ustomers");
		customers.setSelection(true);
		employees = new Button(kinds, SWT.RADIO);
		employees.setText("&Employees");
		mapping = fileRow(body, "Column &mapping (optional):", "*.txt;*.properties;*");
		allOrNothing = new Button(body, SWT.CHECK);
		allOrNothing.setText("&All or nothing: one bad row imports nothing");
		allOrNothing.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		setControl(body);
		validate();
	}

	private Text fileRow(Composite body, String label, String extensions) {
		new Label(body, SWT.NONE).setText(label);
		Text field = new Text(body, SWT.BORDER);
		field.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		field.addModifyListener(event -> validate());
		Button browse = new Button(body, SWT.PUSH);
		browse.setText("Browse...");
		browse.addListener(SWT.Selection, event -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { extensions, "*" });
			String picked = dialog.open();
			if (picked != null) {
				field.setText(picked);
			}
		});
		return field;
	}

	private void validate() {
		String problem = null;
		setMessage(null);
		if (model.file() == null) {
			problem = "The workspace holds no model: create one with File > New > Outside-In Model first";
		} else if (csv != null && csv.getText().isBlank()) {
			setMessage("Choose the CSV file to import");
		} else if (csv != null && !Files.isRegularFile(Path.of(csv.getText().strip()))) {
			problem = "There is no file " + csv.getText().strip();
		} else if (mapping != null && !mapping.getText().isBlank() && !Files.isRegularFile(Path.of(mapping.getText().strip()))) {
			problem = "There is no mapping file " + mapping.getText().strip();
		}
		setErrorMessage(problem);
		setPageComplete(problem == null && csv != null && !csv.getText().isBlank());
	}

	IFile model() {
		return model.file();
	}

	ModelImport.Request request() {
		return new ModelImport.Request(Path.of(csv.getText().strip()), customers.getSelection() ? RecordKind.CUSTOMERS
				: RecordKind.EMPLOYEES, mapping.getText().isBlank() ? null : Path.of(mapping.getText().strip()),
				allOrNothing.getSelection());
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
