package org.outsidein.ui.editor.pages;

import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.EditingSupport;
import org.outsidein.model.Activity;
import org.outsidein.model.Answer;
import org.outsidein.model.Assessment;
import org.outsidein.model.AssessmentCategory;
import org.outsidein.model.NextStep;
import org.outsidein.model.OutsideInFactory;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.ui.editor.ModelCommands;

/**
 * A cell of the assessment grid, edited in place: a feature of the activity's answer, or of the answer's
 * next step. An activity not answered yet gets its answer (and next step) in the same command as the value,
 * so one Undo takes all of it back.
 */
final class AnswerCell extends EditingSupport {

	private static final OutsideInPackage P = OutsideInPackage.eINSTANCE;

	private final CellEditor editor;
	private final EStructuralFeature feature;
	private final Supplier<Assessment> assessment;
	private final Supplier<Map<Activity, Answer>> answers;
	private final EditingDomain domain;

	/** @param feature a feature of Answer or of NextStep */
	AnswerCell(ColumnViewer viewer, CellEditor editor, EStructuralFeature feature, Supplier<Assessment> assessment,
			Supplier<Map<Activity, Answer>> answers, EditingDomain domain) {
		super(viewer);
		this.editor = editor;
		this.feature = feature;
		this.assessment = assessment;
		this.answers = answers;
		this.domain = domain;
	}

	private boolean onNextStep() {
		return feature.getEContainingClass() == P.getNextStep();
	}

	@Override
	protected CellEditor getCellEditor(Object element) {
		return editor;
	}

	@Override
	protected boolean canEdit(Object element) {
		return element instanceof Activity && assessment.get() != null;
	}

	@Override
	protected Object getValue(Object element) {
		EObject owner = owner((Activity) element);
		return owner == null ? feature.getDefaultValue() : owner.eGet(feature);
	}

	private EObject owner(Activity activity) {
		Answer answer = answers.get().get(activity);
		return answer == null ? null : onNextStep() ? answer.getNextStep() : answer;
	}

	@Override
	protected void setValue(Object element, Object value) {
		Activity activity = (Activity) element;
		Answer answer = answers.get().get(activity);
		EObject owner = owner(activity);
		if (owner != null) {
			new ModelCommands(domain).set(owner, feature, value);
			return;
		}
		Command command;
		if (answer == null) {
			Answer created = OutsideInFactory.eINSTANCE.createAnswer();
			created.setActivity(activity);
			created.setCategory(AssessmentCategory.NOT_ASSESSED);
			(onNextStep() ? newStep(created) : created).eSet(feature, value);
			command = AddCommand.create(domain, assessment.get(), P.getAssessment_Answers(), created);
		} else {
			NextStep step = OutsideInFactory.eINSTANCE.createNextStep();
			step.eSet(feature, value);
			command = SetCommand.create(domain, answer, P.getAnswer_NextStep(), step);
		}
		new ModelCommands(domain).execute(command);
	}

	private static NextStep newStep(Answer answer) {
		NextStep step = OutsideInFactory.eINSTANCE.createNextStep();
		answer.setNextStep(step);
		return step;
	}
}
