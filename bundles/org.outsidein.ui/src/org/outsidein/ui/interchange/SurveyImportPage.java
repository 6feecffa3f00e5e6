package org.outsidein.ui.interchange;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;

/** Which outcome survey to import into which model. */
final class SurveyImportPage extends WizardPage implements ImportIntoModelWizard.ModelPage {

	private final IFile chosen;
	private ModelChooser model;
	private FileRow survey;

	SurveyImportPage(IFile chosen) {
		super("survey");
		this.chosen = chosen;
		setTitle("Import an outcome survey");
		setDescription("One row per respondent, an importance and a satisfaction column (1 to 5) per outcome, and"
				+ " optionally a segment column.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(3, false));
		model = new ModelChooser(body, chosen, this::validate);
		survey = new FileRow(body, "&Survey (CSV):", "*.csv;*.txt", false, this::validate);
		setControl(body);
		validate();
	}

	private void validate() {
		String problem = ImportPageChecks.modelAndFiles(this, model, survey, "Choose the survey's CSV file");
		setErrorMessage(problem);
		setPageComplete(ImportPageChecks.complete(problem, survey));
	}

	@Override
	public IFile model() {
		return model.file();
	}

	Path survey() {
		return survey.file();
	}

	/** Fills the page as a user would; for tests. */
	void fill(IFile target, Path file) {
		model.choose(target);
		survey.setText(file.toString());
	}
}
