package org.outsidein.ui.wizards;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The organisation of a new model: its name, how many customers it has, how many people it employs. */
class OrganisationPage extends WizardPage {

	private Text name;
	private Text customerBase;
	private Text headcount;

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
		name.addModifyListener(event -> validate());
		customerBase.addModifyListener(event -> validate());
		headcount.addModifyListener(event -> validate());
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

	private void validate() {
		String problem = wholeNumberProblem(customerBase.getText(), "The number of customers");
		if (problem == null) {
			problem = wholeNumberProblem(headcount.getText(), "The number of employees");
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
