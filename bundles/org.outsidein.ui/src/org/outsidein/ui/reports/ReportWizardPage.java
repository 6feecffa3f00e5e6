package org.outsidein.ui.reports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.outsidein.reports.GeneratorDescriptor;
import org.outsidein.ui.preferences.OutsideInPreferences;

/** What to write, where, and as of which day. */
class ReportWizardPage extends WizardPage {

	private final List<GeneratorDescriptor> generators;
	private final Path defaultFolder;
	private CheckboxTableViewer formats;
	private Text folder;
	private Text asOf;

	ReportWizardPage(List<GeneratorDescriptor> generators, Path defaultFolder) {
		super("report");
		this.generators = generators;
		this.defaultFolder = defaultFolder;
		setTitle("Maturity report");
		setDescription("The model's maturity, rules of thumb, roles, outcomes, action plan and checks, in the formats"
				+ " you choose.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		new Label(page, SWT.NONE).setText("Formats:");
		formats = CheckboxTableViewer.newCheckList(page, SWT.BORDER);
		formats.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		formats.setContentProvider(ArrayContentProvider.getInstance());
		formats.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				GeneratorDescriptor generator = (GeneratorDescriptor) element;
				return generator.name() + " (" + generator.format() + ") \u2014 " + generator.contributor();
			}
		});
		formats.setInput(generators);
		List<String> defaults = Arrays.asList(OutsideInPreferences.reportFormats().split("\\s*,\\s*"));
		generators.stream().filter(g -> defaults.contains(g.format())).forEach(g -> formats.setChecked(g, true));
		formats.addCheckStateListener(event -> validate());

		new Label(page, SWT.NONE).setText("Folder:");
		folder = new Text(page, SWT.BORDER);
		folder.setText(defaultFolder.toString());
		folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		folder.addModifyListener(event -> validate());
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("Browse\u2026");
		browse.addListener(SWT.Selection, event -> {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			dialog.setFilterPath(folder.getText());
			String chosen = dialog.open();
			if (chosen != null) {
				folder.setText(chosen);
			}
		});

		new Label(page, SWT.NONE).setText("As of:");
		asOf = new Text(page, SWT.BORDER);
		asOf.setText(OutsideInPreferences.asOf().toString());
		asOf.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		asOf.addModifyListener(event -> validate());
		setControl(page);
		validate();
	}

	private void validate() {
		String problem = null;
		if (formats.getCheckedElements().length == 0) {
			problem = "Choose at least one format.";
		} else if (folder.getText().isBlank()) {
			problem = "Choose the folder the reports are written to.";
		} else if (parsedDay() == null) {
			problem = "'" + asOf.getText() + "' is not a date as YYYY-MM-DD.";
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	private LocalDate parsedDay() {
		try {
			return LocalDate.parse(asOf.getText().strip());
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	List<GeneratorDescriptor> chosen() {
		return Arrays.stream(formats.getCheckedElements()).map(GeneratorDescriptor.class::cast).toList();
	}

	Path folder() {
		return Path.of(folder.getText().strip());
	}

	LocalDate asOf() {
		return parsedDay();
	}

	/** Chooses formats by name, as a user ticking them would; for tests. */
	void choose(List<String> names) {
		generators.forEach(g -> formats.setChecked(g, names.contains(g.format())));
		validate();
	}
}
