package org.outsidein.ui.interchange;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Which answers files to import into which model, and the name and date of the assessment they make. */
final class AnswersImportPage extends WizardPage implements ImportIntoModelWizard.ModelPage {

	private final IFile chosen;
	private ModelChooser model;
	private FileRow files;
	private Text name;
	private Text date;

	AnswersImportPage(IFile chosen) {
		super("answers");
		this.chosen = chosen;
		setTitle("Import questionnaire answers");
		setDescription("The answers files respondents saved from the questionnaire become one new assessment, their consensus.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(3, false));
		model = new ModelChooser(body, chosen, this::validate);
		files = new FileRow(body, "&Answers files:", "*.json", true, this::validate);
		name = textRow(body, "Assessment &name:", "Questionnaire " + LocalDate.now());
		date = textRow(body, "&Date (YYYY-MM-DD):", LocalDate.now().toString());
		setControl(body);
		validate();
	}

	private Text textRow(Composite body, String label, String initial) {
		new Label(body, SWT.NONE).setText(label);
		Text field = new Text(body, SWT.BORDER);
		field.setText(initial);
		field.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		field.addModifyListener(event -> validate());
		return field;
	}

	private void validate() {
		String problem = ImportPageChecks.modelAndFiles(this, model, files,
				"Choose the answers files the respondents sent back");
		if (problem == null && ImportPageChecks.complete(null, files)) {
			if (name != null && name.getText().isBlank()) {
				problem = "Give the assessment a name";
			} else if (date != null && day() == null) {
				problem = "The date is not a date such as 2026-11-30";
			}
		}
		setErrorMessage(problem);
		setPageComplete(ImportPageChecks.complete(problem, files));
	}

	private LocalDate day() {
		try {
			return LocalDate.parse(date.getText().strip());
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	@Override
	public IFile model() {
		return model.file();
	}

	List<Path> files() {
		return files.files();
	}

	String name() {
		return name.getText().strip();
	}

	LocalDate date() {
		return day();
	}

	/** Fills the page as a user would; for tests. */
	void fill(IFile target, List<Path> answers, String assessment, LocalDate day) {
		model.choose(target);
		files.setText(String.join("; ", answers.stream().map(Path::toString).toList()));
		name.setText(assessment);
		date.setText(day.toString());
	}
}
