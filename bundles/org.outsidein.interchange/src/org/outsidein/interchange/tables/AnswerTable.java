package org.outsidein.interchange.tables;

import static org.outsidein.interchange.tables.TableColumn.bool;
import static org.outsidein.interchange.tables.TableColumn.date;
import static org.outsidein.interchange.tables.TableColumn.decimal;
import static org.outsidein.interchange.tables.TableColumn.text;

import org.outsidein.core.metrics.Assessments;
import org.outsidein.model.Answer;
import org.outsidein.model.Assessment;
import org.outsidein.model.NextStep;
import org.outsidein.model.OutsideInModel;

/**
 * One row per answer of every self-assessment (for the latest assessment and the earlier ones, told apart by
 * {@code latest}): the organisation's answer on an activity, its plan and its next step.
 */
final class AnswerTable {

	private AnswerTable() {
	}

	static Table of(OutsideInModel model) {
		Table table = new Table("answers", text("assessment_id"), text("assessment"), date("assessment_date"),
				bool("latest"), text("id"), text("activity_id"), text("activity"), text("area_id"), text("area"),
				text("category"), text("plan"), decimal("budget"), date("delivery_date"), text("comment"),
				text("next_step"), text("next_step_responsible_id"), text("next_step_responsible"),
				date("next_step_deadline"), bool("next_step_done"));
		Assessment latest = Assessments.latest(model);
		for (Assessment assessment : model.getAssessments()) {
			for (Answer answer : assessment.getAnswers()) {
				NextStep step = answer.getNextStep();
				Activities activity = new Activities(answer.getActivity());
				table.add(assessment.getId(), assessment.getName(), Cells.day(assessment.getDate()), assessment == latest,
						answer.getId(), activity.id(), activity.name(), activity.areaId(), activity.area(),
						Cells.literal(answer.getCategory()), answer.getPlan(), Cells.money(answer.getBudget()),
						Cells.day(answer.getDeliveryDate()), answer.getComment(), step == null ? null : step.getAction(),
						step == null ? null : Cells.id(step.getResponsible()),
						step == null ? null : Cells.name(step.getResponsible()),
						step == null ? null : Cells.day(step.getDeadline()), step == null ? null : step.isDone());
			}
		}
		return table;
	}
}
