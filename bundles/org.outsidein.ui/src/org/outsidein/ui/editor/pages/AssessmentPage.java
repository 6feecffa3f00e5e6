package org.outsidein.ui.editor.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.core.metrics.Assessments;
import org.outsidein.edit.ui.ChoiceCellEditor;
import org.outsidein.edit.ui.DataValueCellEditor;
import org.outsidein.edit.ui.KeyboardCellEditing;
import org.outsidein.model.Activity;
import org.outsidein.model.ActivityContainer;
import org.outsidein.model.Answer;
import org.outsidein.model.Assessment;
import org.outsidein.model.AssessmentCategory;
import org.outsidein.model.Employee;
import org.outsidein.model.Identified;
import org.outsidein.model.NextStep;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.model.util.Days;
import org.outsidein.ui.editor.ModelEditor;
import org.outsidein.ui.markers.ProblemDecorations;

/**
 * The self-assessment grid: every activity of each step and role, with its answer (We Can, We Will, We
 * Should), the We Will's plan, budget and delivery date, and the next step with its owner and deadline, all
 * edited in place. A new assessment starts from the one shown, with today's date.
 */
public class AssessmentPage extends ModelFormPage {

	public static final String ID = "assessment";
	private static final OutsideInPackage P = OutsideInPackage.eINSTANCE;

	private Combo chooser;
	private Label summary;
	private TreeViewer grid;
	private List<Assessment> assessments = List.of();
	private Assessment shown;
	private final Map<Activity, Answer> answers = new HashMap<>();
	private final AnswerSelection selection = new AnswerSelection();
	private final Map<org.eclipse.emf.ecore.EStructuralFeature, AnswerCell> cells = new HashMap<>();

	public AssessmentPage(ModelEditor editor) {
		super(editor, ID, "Assessment");
	}

	@Override
	protected void createContent(FormToolkit toolkit, Composite body) {
		body.setLayout(new GridLayout(1, false));
		Composite top = toolkit.createComposite(body);
		top.setLayout(new GridLayout(4, false));
		toolkit.createLabel(top, "Assessment:");
		chooser = new Combo(top, SWT.READ_ONLY | SWT.DROP_DOWN);
		toolkit.adapt(chooser, true, false);
		chooser.addListener(SWT.Selection, event -> choose(chooser.getSelectionIndex()));
		toolkit.createButton(top, "Start a new assessment from this one", SWT.PUSH)
				.addListener(SWT.Selection, event -> startNewAssessment());
		summary = toolkit.createLabel(top, "", SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		grid = new TreeViewer(body, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		grid.getTree().setHeaderVisible(true);
		grid.getTree().setLinesVisible(true);
		grid.getTree().setLayoutData(ElementTable.fillingCell());
		grid.setContentProvider(new AreasAndActivities());
		column("Step, role and activity", 300, null, null);
		column("Answer", 110, P.getAnswer_Category(), new ChoiceCellEditor(grid.getTree(), AssessmentCategory.VALUES,
				value -> ((AssessmentCategory) value).getLiteral()));
		column("Plan", 160, P.getAnswer_Plan(), text(P.getAnswer_Plan()));
		column("Budget", 80, P.getAnswer_Budget(), text(P.getAnswer_Budget()));
		column("Delivery", 90, P.getAnswer_DeliveryDate(), text(P.getAnswer_DeliveryDate()));
		column("Next step", 200, P.getNextStep_Action(), text(P.getNextStep_Action()));
		column("Owner", 130, P.getNextStep_Responsible(), null);
		column("Deadline", 90, P.getNextStep_Deadline(), text(P.getNextStep_Deadline()));
		column("Done", 50, P.getNextStep_Done(), new ChoiceCellEditor(grid.getTree(), List.of(Boolean.FALSE, Boolean.TRUE),
				value -> Boolean.TRUE.equals(value) ? "yes" : "no"));
		KeyboardCellEditing.enable(grid);
		grid.getControl().addListener(SWT.FocusIn, event -> editor().selection().follow(selection));
		if (editor().problems() != null) {
			editor().problems().relabel(grid);
		}
	}

	private CellEditor text(org.eclipse.emf.ecore.EAttribute attribute) {
		return new DataValueCellEditor(grid.getTree(), attribute.getEAttributeType(), true);
	}

	private void column(String header, int width, org.eclipse.emf.ecore.EStructuralFeature feature, CellEditor editor) {
		TreeViewerColumn column = new TreeViewerColumn(grid, SWT.LEFT);
		column.getColumn().setText(header);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return cellText(element, feature);
			}

			@Override
			public Image getImage(Object element) {
				return feature == null ? ProblemDecorations.icon(severityOf(element)) : null;
			}

			@Override
			public String getToolTipText(Object element) {
				return feature == null ? problemsOf(element) : null;
			}
		});
		CellEditor cellEditor = feature == P.getNextStep_Responsible()
				? new ChoiceCellEditor(grid.getTree(), employeesAndNobody(),
						value -> value == null ? "(nobody)" : ElementLabels.name((EObject) value))
				: editor;
		if (cellEditor != null) {
			AnswerCell cell = new AnswerCell(grid, cellEditor, feature, () -> shown, () -> answers, edited().domain());
			column.setEditingSupport(cell);
			cells.put(feature, cell);
		}
	}

	/** The choices for an owner, read when the page is built; the Properties view offers the current list too. */
	private List<Object> employeesAndNobody() {
		List<Object> choices = new ArrayList<>();
		choices.add(null);
		if (model().getOrganisation() != null) {
			choices.addAll(model().getOrganisation().getEmployees());
		}
		return choices;
	}

	/** The worst finding on the activity's answer or its next step. */
	private int severityOf(Object row) {
		Answer answer = row instanceof Activity activity ? answers.get(activity) : null;
		ProblemDecorations problems = editor().problems();
		if (answer == null || problems == null) {
			return ProblemDecorations.NONE;
		}
		return Math.max(problems.severity(answer), problems.severity(answer.getNextStep()));
	}

	private String problemsOf(Object row) {
		Answer answer = row instanceof Activity activity ? answers.get(activity) : null;
		ProblemDecorations problems = editor().problems();
		if (answer == null || problems == null) {
			return null;
		}
		String onAnswer = problems.messages(answer);
		String onNextStep = problems.messages(answer.getNextStep());
		return onAnswer == null ? onNextStep : onNextStep == null ? onAnswer : onAnswer + "\n" + onNextStep;
	}

	private String cellText(Object element, org.eclipse.emf.ecore.EStructuralFeature feature) {
		if (element instanceof ActivityContainer area) {
			return feature == null ? ElementLabels.name(area) : "";
		}
		Activity activity = (Activity) element;
		if (feature == null) {
			return ElementLabels.name(activity);
		}
		Answer answer = answers.get(activity);
		EObject owner = answer == null ? null : feature.getEContainingClass() == P.getNextStep() ? answer.getNextStep() : answer;
		Object value = owner == null ? null : owner.eGet(feature);
		if (value == null) {
			return feature == P.getAnswer_Category() ? AssessmentCategory.NOT_ASSESSED.getLiteral() : "";
		}
		if (value instanceof javax.xml.datatype.XMLGregorianCalendar date) {
			return Days.text(date);
		}
		if (value instanceof Boolean done) {
			return done ? "yes" : "";
		}
		if (value instanceof AssessmentCategory category) {
			return category.getLiteral();
		}
		if (value instanceof Employee employee) {
			return ElementLabels.name(employee);
		}
		return value.toString();
	}

	private void choose(int index) {
		shown = index >= 0 && index < assessments.size() ? assessments.get(index) : null;
		showAnswers();
	}

	private void showAnswers() {
		answers.clear();
		if (shown != null) {
			for (Answer answer : shown.getAnswers()) {
				answers.put(answer.getActivity(), answer);
			}
		}
		summary.setText(shown == null ? "The model holds no assessment yet: start one."
				: ElementLabels.name(shown) + ", " + (shown.getDate() == null ? "undated" : Days.text(shown.getDate())) + ": "
						+ shown.getAnswers().size() + " answers" + (shown == Assessments.latest(model()) ? " (the latest)" : ""));
		grid.setInput(model());
		grid.expandAll();
		summary.getParent().layout();
	}

	/** A copy of the assessment shown (or a first, empty one) dated today; next steps already done stay behind. */
	private void startNewAssessment() {
		LocalDate today = LocalDate.now();
		Assessment next = shown == null ? org.outsidein.model.OutsideInFactory.eINSTANCE.createAssessment()
				: EcoreUtil.copy(shown);
		next.setName("Self-assessment " + today);
		next.setDate(Days.date(today));
		for (Iterator<EObject> all = next.eAllContents(); all.hasNext();) {
			EObject element = all.next();
			if (element instanceof NextStep step && step.isDone() && step.eContainer() instanceof Answer answer) {
				answer.setNextStep(null);
			}
		}
		freshIds(next);
		if (commands().add(model(), P.getOutsideInModel_Assessments(), next)) {
			refresh();
			chooser.select(assessments.indexOf(next));
			choose(assessments.indexOf(next));
		}
	}

	/** A copy is a new assessment: its elements get ids of their own. */
	private static void freshIds(Assessment assessment) {
		assessment.setId(EcoreUtil.generateUUID());
		List<EObject> elements = new ArrayList<>();
		assessment.eAllContents().forEachRemaining(elements::add);
		for (EObject element : elements) {
			if (element instanceof Identified identified) {
				identified.setId(EcoreUtil.generateUUID());
			}
		}
	}

	@Override
	protected void refresh() {
		assessments = new ArrayList<>(model().getAssessments());
		chooser.setItems(assessments.stream().map(a -> ElementLabels.name(a) + " ("
				+ (a.getDate() == null ? "undated" : Days.text(a.getDate())) + ")").toArray(String[]::new));
		if (shown == null || !assessments.contains(shown)) {
			shown = Assessments.latest(model());
		}
		chooser.select(assessments.indexOf(shown));
		showAnswers();
	}

	@Override
	public ISelectionProvider viewer() {
		return selection;
	}

	/** The in-place editing of a column, as the grid's cell editors use it. */
	AnswerCell cell(org.eclipse.emf.ecore.EStructuralFeature feature) {
		return cells.get(feature);
	}

	/** The assessment the grid shows. */
	Assessment shown() {
		return shown;
	}

	@Override
	public boolean shows(EObject element) {
		return element instanceof Answer || element instanceof NextStep;
	}

	@Override
	public boolean reveal(EObject element) {
		EObject target = element instanceof NextStep step ? step.eContainer() : element;
		if (grid == null || !(target instanceof Answer answer) || !(answer.eContainer() instanceof Assessment owner)) {
			return false;
		}
		if (owner != shown) {
			shown = owner;
			refresh();
		}
		grid.setSelection(new StructuredSelection(answer.getActivity()), true);
		return true;
	}

	/**
	 * The grid's selection as the rest of the workbench wants it: the answers of the selected activities (what
	 * the Properties view edits and the markers are about), or the activities not answered yet.
	 */
	private final class AnswerSelection implements ISelectionProvider {
		private final Map<ISelectionChangedListener, ISelectionChangedListener> wrapped = new HashMap<>();

		@Override
		public ISelection getSelection() {
			return answersOf(grid.getStructuredSelection());
		}

		private IStructuredSelection answersOf(IStructuredSelection rows) {
			List<Object> selected = new ArrayList<>();
			for (Object row : rows.toList()) {
				selected.add(answers.getOrDefault(row, null) != null ? answers.get(row) : row);
			}
			return new StructuredSelection(selected);
		}

		@Override
		public void setSelection(ISelection selection) {
			if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof EObject element) {
				reveal(element);
			}
		}

		@Override
		public void addSelectionChangedListener(ISelectionChangedListener listener) {
			ISelectionChangedListener mapping = event -> listener.selectionChanged(
					new SelectionChangedEvent(this, answersOf(grid.getStructuredSelection())));
			wrapped.put(listener, mapping);
			grid.addSelectionChangedListener(mapping);
		}

		@Override
		public void removeSelectionChangedListener(ISelectionChangedListener listener) {
			ISelectionChangedListener mapping = wrapped.remove(listener);
			if (mapping != null) {
				grid.removeSelectionChangedListener(mapping);
			}
		}
	}

	/** The steps and roles of the model's methodologies, each with its activities. */
	private final class AreasAndActivities implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			List<ActivityContainer> areas = new ArrayList<>(MethodologyLibrary.stepsOf(model()));
			areas.addAll(MethodologyLibrary.rolesOf(model()));
			return areas.toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof ActivityContainer area ? area.getActivities().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof Activity activity ? activity.eContainer() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof ActivityContainer area && !area.getActivities().isEmpty();
		}
	}
}
