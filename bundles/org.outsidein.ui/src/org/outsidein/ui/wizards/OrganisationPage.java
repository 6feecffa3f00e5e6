package org.outsidein.ui.wizards;

import java.util.List;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.outsidein.core.extensions.ContributionException;
import org.outsidein.core.library.MethodologyRegistry;
import org.outsidein.core.library.MethodologyRegistry.InstalledMethodology;
import org.outsidein.core.resource.ModelFiles;

/**
 * The organisation of a new model: its name, how many customers it has, how many people it employs, and the
 * methodology it follows (the built-in one unless a plug-in contributes others).
 */
class OrganisationPage extends WizardPage {

	private Text name;
	private Text customerBase;
	private Text headcount;
	private Combo methodology;
	private final List<InstalledMethodology> methodologies = MethodologyRegistry.all();

	OrganisationPage() {
		super("organisation");
		setTitle("The organisation");
		setDescription("Who practises outside innovation. The rules of thumb (10 % of customers active in a role,"
				+ " 30 % of employees engaging them) are measured against the sizes; leave them empty if unknown.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite fields = new Composite(parent, SWT.NONE);
		fields.setLayout(new GridLayout(2, false));
		name = field(fields, "&Organisation:", "");
		customerBase = field(fields, "&Customers in all:", "");
		headcount = field(fields, "&Employees in all:", "");
		methodology = methodologyChoice(fields);
		name.addModifyListener(event -> validate());
		customerBase.addModifyListener(event -> validate());
		headcount.addModifyListener(event -> validate());
		methodology.addModifyListener(event -> validate());
		setControl(fields);
		validate();
	}

	private static Text field(Composite parent, String label, String initial) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		text.setText(initial);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return text;
	}

	private Combo methodologyChoice(Composite parent) {
		new Label(parent, SWT.NONE).setText("&Methodology:");
		Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		methodologies.forEach(installed -> combo.add(installed.name()));
		combo.select(0);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return combo;
	}

	private void validate() {
		String problem = wholeNumberProblem(customerBase.getText(), "The number of customers");
		if (problem == null) {
			problem = wholeNumberProblem(headcount.getText(), "The number of employees");
		}
		if (problem == null) {
			problem = methodologyProblem(methodology());
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	private static String wholeNumberProblem(String text, String what) {
		if (text.isBlank()) {
			return null;
		}
		return number(text) > 0 ? null : what + " is a whole number of 1 or more, or empty when unknown";
	}

	/** "20,000" reads as 20000; anything else that is not a whole number is 0. */
	private static int number(String text) {
		try {
			return Math.max(0, Integer.parseInt(text.replace(",", "").replace("_", "").replace(" ", "").strip()));
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	/** A methodology whose file is broken is refused here rather than when the file is written. */
	private static String methodologyProblem(InstalledMethodology chosen) {
		try {
			MethodologyRegistry.load(ModelFiles.newResourceSet(), chosen);
			return null;
		} catch (ContributionException e) {
			return e.getMessage();
		}
	}

	InstalledMethodology methodology() {
		int index = methodology == null ? -1 : methodology.getSelectionIndex();
		return methodologies.get(Math.max(0, index));
	}

	String organisationName() {
		return name == null ? "" : name.getText().strip();
	}

	int customerBaseSize() {
		return customerBase == null ? 0 : number(customerBase.getText());
	}

	int headcount() {
		return headcount == null ? 0 : number(headcount.getText());
	}
}
