package org.outsidein.ui.interchange;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Which model to export, and into which folder. */
final class CsvExportPage extends WizardPage {

	private final IFile chosen;
	private ModelChooser model;
	private Text folder;

	CsvExportPage(IFile chosen) {
		super("export");
		this.chosen = chosen;
		setTitle("Export to CSV files");
		setDescription("The model's customers and employees, one file each, in the columns the import reads.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(3, false));
		model = new ModelChooser(body, chosen, this::modelChanged);
		new Label(body, SWT.NONE).setText("&Folder:");
		folder = new Text(body, SWT.BORDER);
		folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		folder.addModifyListener(event -> validate());
		Button browse = new Button(body, SWT.PUSH);
		browse.setText("Browse...");
		browse.addListener(SWT.Selection, event -> {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			dialog.setFilterPath(folder.getText());
			String picked = dialog.open();
			if (picked != null) {
				folder.setText(picked);
			}
		});
		setControl(body);
		modelChanged();
	}

	/** By default the files go next to the model, in a folder "export". */
	private void modelChanged() {
		IFile file = model.file();
		if (file != null && folder != null) {
			folder.setText(file.getLocation().toFile().toPath().resolveSibling("export").toString());
		}
		validate();
	}

	private void validate() {
		String problem = model.file() == null ? "The workspace holds no model to export"
				: folder.getText().isBlank() ? "Choose the folder to write the files into" : null;
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	IFile model() {
		return model.file();
	}

	Path folder() {
		return Path.of(folder.getText().strip());
	}

	/** Fills the page as a user would; for tests. */
	void fill(IFile target, Path into) {
		model.choose(target);
		folder.setText(into.toString());
	}
}
