package org.outsidein.ui.editor.pages;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.core.metrics.OutcomeRanking;
import org.outsidein.edit.ui.DataValueCellEditor;
import org.outsidein.model.Outcome;
import org.outsidein.model.OutsideInFactory;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.model.Scenario;
import org.outsidein.model.ScenarioStep;
import org.outsidein.reports.html.Formats;
import org.outsidein.ui.editor.ModelEditor;

/**
 * Outcomes ranked by opportunity (importance + max(importance - satisfaction, 0)), their ratings edited in
 * place; and scenarios, how customers reach an outcome today beside how they would ideally.
 */
public class OutcomesPage extends ModelFormPage {

	public static final String ID = "outcomes";
	private static final OutsideInPackage P = OutsideInPackage.eINSTANCE;

	private ElementTable<Outcome> outcomes;
	private ElementTable<Scenario> scenarios;
	private ElementTable<ScenarioStep> today;
	private ElementTable<ScenarioStep> ideal;
	private Scenario current;

	public OutcomesPage(ModelEditor editor) {
		super(editor, ID, "Outcomes and Scenarios");
	}

	@Override
	protected void createContent(FormToolkit toolkit, Composite body) {
		body.setLayout(new FillLayout());
		SashForm sash = new SashForm(body, SWT.VERTICAL);
		toolkit.adapt(sash);
		Composite ranked = section(toolkit, sash, "Outcomes", "Importance and satisfaction from 0 to 10; the most"
				+ " under-served first.", 1);
		outcomes = new ElementTable<>(ranked, this::rankedOutcomes, List.of(
				ElementTable.Column.<Outcome>of("Outcome", 320, ElementLabels::name),
				ElementTable.Column.<Outcome, Double>sortedBy("Importance", 90, o -> Formats.decimal(o.getImportance()),
						Outcome::getImportance).editedWith(viewer -> rating(viewer, P.getOutcome_Importance())),
				ElementTable.Column.<Outcome, Double>sortedBy("Satisfaction", 90, o -> Formats.decimal(o.getSatisfaction()),
						Outcome::getSatisfaction).editedWith(viewer -> rating(viewer, P.getOutcome_Satisfaction())),
				ElementTable.Column.<Outcome, Double>sortedBy("Opportunity", 90, o -> Formats.decimal(o.getOpportunity()),
						Outcome::getOpportunity)));
		follow(outcomes);
		buttons(toolkit, ranked, "Add outcome", () -> add(P.getOutsideInModel_Outcomes(), "New outcome"),
				() -> commands().delete(outcomes.selected()));

		Composite stories = section(toolkit, sash, "Scenarios", "Today beside the ideal: innovation comes from the"
				+ " tension between them.", 3);
		scenarios = new ElementTable<>(stories, () -> model().getScenarios(), List.of(
				ElementTable.Column.<Scenario>of("Scenario", 200, ElementLabels::name),
				ElementTable.Column.<Scenario>of("Outcomes", 200,
						s -> s.getOutcomes().stream().map(ElementLabels::name).collect(Collectors.joining("; ")))));
		scenarios.viewer().addSelectionChangedListener(event -> showScenario());
		follow(scenarios);
		today = steps(stories, "Today", P.getScenario_TodaySteps());
		ideal = steps(stories, "Ideal", P.getScenario_IdealSteps());
		buttons(toolkit, stories, "Add scenario", () -> add(P.getOutsideInModel_Scenarios(), "New scenario"),
				() -> commands().delete(scenarios.selected()));
		stepButtons(toolkit, stories, P.getScenario_TodaySteps(), today);
		stepButtons(toolkit, stories, P.getScenario_IdealSteps(), ideal);
	}

	private List<Outcome> rankedOutcomes() {
		List<Outcome> ranked = new java.util.ArrayList<>(model().getOutcomes());
		ranked.sort(OutcomeRanking.BY_OPPORTUNITY);
		return ranked;
	}

	private CommandEditingSupport rating(TableViewer viewer, org.eclipse.emf.ecore.EAttribute attribute) {
		return new CommandEditingSupport(viewer, new DataValueCellEditor(viewer.getTable(), attribute.getEAttributeType(), true),
				row -> (EObject) row, attribute, commands());
	}

	private ElementTable<ScenarioStep> steps(Composite parent, String header, EReference steps) {
		ElementTable<ScenarioStep> table = new ElementTable<>(parent,
				() -> current == null ? List.of() : stepsOf(current, steps), List.of(
						ElementTable.Column.<ScenarioStep>of(header, 200, ElementLabels::name),
						ElementTable.Column.<ScenarioStep>of("Pain point", 160, s -> s.getPainPoint() == null ? "" : s.getPainPoint())));
		follow(table);
		return table;
	}

	@SuppressWarnings("unchecked")
	private static List<ScenarioStep> stepsOf(Scenario scenario, EReference steps) {
		return (List<ScenarioStep>) scenario.eGet(steps);
	}

	private void buttons(FormToolkit toolkit, Composite parent, String add, Runnable adding, Runnable removing) {
		Composite row = toolkit.createComposite(parent);
		row.setLayout(new GridLayout(2, false));
		toolkit.createButton(row, add, SWT.PUSH).addListener(SWT.Selection, event -> adding.run());
		toolkit.createButton(row, "Remove", SWT.PUSH).addListener(SWT.Selection, event -> removing.run());
	}

	private void stepButtons(FormToolkit toolkit, Composite parent, EReference steps, ElementTable<ScenarioStep> table) {
		buttons(toolkit, parent, "Add step", () -> {
			if (current != null) {
				ScenarioStep step = OutsideInFactory.eINSTANCE.createScenarioStep();
				step.setName("New step");
				commands().add(current, steps, step);
			}
		}, () -> commands().delete(table.selected()));
	}

	private void add(EReference container, String name) {
		org.outsidein.model.Named element = (org.outsidein.model.Named) OutsideInFactory.eINSTANCE
				.create(container.getEReferenceType());
		element.setName(name);
		commands().add(model(), container, element);
	}

	private void showScenario() {
		List<Scenario> selected = scenarios.selected();
		current = selected.size() == 1 ? selected.get(0) : null;
		today.refresh();
		ideal.refresh();
	}

	@Override
	protected void refresh() {
		outcomes.refresh();
		scenarios.refresh();
		if (current != null && current.eContainer() == null) {
			current = null;
		}
		today.refresh();
		ideal.refresh();
	}

	@Override
	public ISelectionProvider viewer() {
		return outcomes == null ? null : outcomes.viewer();
	}

	@Override
	public boolean shows(EObject element) {
		return element instanceof Outcome || element instanceof Scenario;
	}

	@Override
	public boolean reveal(EObject element) {
		if (outcomes == null) {
			return false;
		}
		if (element instanceof Scenario scenario) {
			return scenarios.reveal(scenario);
		}
		return outcomes.reveal(element);
	}
}
