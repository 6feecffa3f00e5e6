package org.outsidein.ui.editor.pages;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.core.metrics.Assessments;
import org.outsidein.core.metrics.ModelStatistics;
import org.outsidein.core.metrics.Share;
import org.outsidein.model.NextStep;
import org.outsidein.model.Outcome;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.model.util.Days;
import org.outsidein.reports.html.Formats;
import org.outsidein.reports.maturity.Maturity;
import org.outsidein.reports.maturity.MaturityModel;
import org.outsidein.ui.editor.ModelEditor;
import org.outsidein.ui.preferences.OutsideInPreferences;

/**
 * The first page: the organisation and its sizes, the two rules of thumb, the maturity level, the biggest
 * opportunities and the overdue next steps, with links to the pages where each is worked on.
 */
public class OverviewPage extends ModelFormPage {

	public static final String ID = "overview";
	private static final int SHOWN = 5;

	private FeatureField modelName;
	private FeatureField organisationName;
	private FeatureField customerBase;
	private FeatureField headcount;
	private Label customers;
	private ProgressBar customerBar;
	private Label employees;
	private ProgressBar employeeBar;
	private Label departments;
	private Label maturity;
	private Label opportunities;
	private Label overdue;

	public OverviewPage(ModelEditor editor) {
		super(editor, ID, "Overview");
	}

	@Override
	protected void createContent(FormToolkit toolkit, Composite body) {
		// Forms lay out wrapping text in table-wrap columns: two equal columns of sections.
		TableWrapLayout columns = new TableWrapLayout();
		columns.numColumns = 2;
		columns.makeColumnsEqualWidth = true;
		body.setLayout(columns);
		Composite organisation = section(toolkit, body, "Organisation",
				"Who the model is about; the rules of thumb are measured against its sizes.", 2);
		modelName = FeatureField.create(toolkit, organisation, "Model:", OutsideInPackage.Literals.NAMED__NAME, edited());
		organisationName = FeatureField.create(toolkit, organisation, "Organisation:", OutsideInPackage.Literals.NAMED__NAME,
				edited());
		customerBase = FeatureField.create(toolkit, organisation, "Customers in all:",
				OutsideInPackage.Literals.ORGANISATION__CUSTOMER_BASE_SIZE, edited());
		headcount = FeatureField.create(toolkit, organisation, "Employees in all:",
				OutsideInPackage.Literals.ORGANISATION__HEADCOUNT, edited());

		Composite rules = section(toolkit, body, "Rules of thumb", null, 1);
		customers = wrapped(toolkit, rules);
		customerBar = bar(rules);
		employees = wrapped(toolkit, rules);
		employeeBar = bar(rules);
		departments = wrapped(toolkit, rules);

		Composite grade = section(toolkit, body, "Maturity", null, 1);
		maturity = wrapped(toolkit, grade);
		link(toolkit, grade, "Assess the practice", AssessmentPage.ID);

		Composite outcomes = section(toolkit, body, "Biggest opportunities", null, 1);
		opportunities = wrapped(toolkit, outcomes);
		link(toolkit, outcomes, "Outcomes and scenarios", OutcomesPage.ID);

		Composite steps = section(toolkit, body, "Overdue next steps", null, 1);
		overdue = wrapped(toolkit, steps);

		Composite pages = section(toolkit, body, "Work on", null, 1);
		link(toolkit, pages, "Customers and the roles they play", CustomersPage.ID);
		link(toolkit, pages, "Toolkits and communities", EcosystemPage.ID);
		link(toolkit, pages, "Departments and employees", OrganisationPage.ID);
		link(toolkit, pages, "Every element of the model", org.outsidein.ui.editor.ModelTreePage.ID);
	}

	private static Label wrapped(FormToolkit toolkit, Composite parent) {
		Label label = toolkit.createLabel(parent, "", SWT.WRAP);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		// A small preferred width lets the text wrap in the column instead of widening it.
		data.widthHint = 150;
		label.setLayoutData(data);
		return label;
	}

	private static ProgressBar bar(Composite parent) {
		ProgressBar bar = new ProgressBar(parent, SWT.HORIZONTAL);
		bar.setMaximum(100);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return bar;
	}

	private void link(FormToolkit toolkit, Composite parent, String text, String pageId) {
		toolkit.createHyperlink(parent, text, SWT.NONE).addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent event) {
				editor().setActivePage(pageId);
			}
		});
	}

	@Override
	protected void refresh() {
		modelName.show(model());
		organisationName.show(model().getOrganisation());
		customerBase.show(model().getOrganisation());
		headcount.show(model().getOrganisation());
		LocalDate asOf = OutsideInPreferences.asOf();
		ModelStatistics statistics = ModelStatistics.of(model(), asOf);
		rule(customers, customerBar, "Customers active in a role", statistics.engagement().activeCustomers());
		rule(employees, employeeBar, "Employees engaging customers", statistics.engagement().engagedEmployees());
		Share engaged = statistics.engagement().engagedDepartments();
		departments.setText("Departments engaging customers: " + Formats.count(engaged.count()) + " of "
				+ Formats.count(engaged.total()));
		Maturity grade = MaturityModel.assess(model(), Assessments.latest(model()), statistics.engagement(),
				statistics.roles());
		maturity.setText(grade.level() == null ? "Not assessed yet: record a self-assessment to be graded."
				: "Level " + grade.level().getNumber() + " of " + grade.scoring().getLevels().size() + ", "
						+ ElementLabels.name(grade.level()) + " (" + grade.overall().rounded() + " of 100): "
						+ grade.level().getDescription() + ".");
		opportunities.setText(opportunities(statistics.outcomesByOpportunity()));
		overdue.setText(overdue(statistics.overdueNextSteps(), asOf));
		getManagedForm().getForm().reflow(true);
	}

	private static void rule(Label label, ProgressBar bar, String what, Share share) {
		label.setText(what + ": " + Formats.count(share.count()) + " of "
				+ (share.isKnown() ? Formats.count(share.total()) : "?") + " (" + share.ratioText() + "); rule of thumb: at least "
				+ share.thresholdText() + (share.isKnown() ? ", " + share.verdict() : "") + ".");
		bar.setSelection(share.isKnown() ? (int) Math.round(Math.min(1, share.ratio() / share.threshold()) * 100) : 0);
		bar.setState(share.isMet() ? SWT.NORMAL : SWT.ERROR);
	}

	private static String opportunities(List<Outcome> ranked) {
		StringBuilder text = new StringBuilder();
		ranked.stream().filter(outcome -> outcome.getOpportunity() != null).limit(SHOWN)
				.forEach(outcome -> text.append(Formats.decimal(outcome.getOpportunity())).append("  ")
						.append(ElementLabels.name(outcome)).append('\n'));
		return text.length() == 0 ? "No outcome is rated yet." : text.toString().strip();
	}

	private static String overdue(List<NextStep> steps, LocalDate asOf) {
		if (steps.isEmpty()) {
			return "No next step of the latest assessment is overdue as of " + asOf + ".";
		}
		StringBuilder text = new StringBuilder(steps.size() + " overdue as of " + asOf + ":\n");
		steps.stream().limit(SHOWN).forEach(step -> text.append(Days.text(step.getDeadline())).append("  ")
				.append(step.getResponsible() == null ? "(nobody)" : ElementLabels.name(step.getResponsible())).append(": ")
				.append(step.getAction() == null ? ElementLabels.name(step) : step.getAction()).append('\n'));
		if (steps.size() > SHOWN) {
			text.append("and ").append(steps.size() - SHOWN).append(" more");
		}
		return text.toString().strip();
	}
}
