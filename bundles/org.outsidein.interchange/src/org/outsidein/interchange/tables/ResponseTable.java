package org.outsidein.interchange.tables;

import static org.outsidein.interchange.tables.TableColumn.date;
import static org.outsidein.interchange.tables.TableColumn.decimal;
import static org.outsidein.interchange.tables.TableColumn.text;

import org.outsidein.model.Assessment;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.Response;
import org.outsidein.model.ResponseAnswer;

/**
 * One row per answer of one questionnaire respondent, the respondent repeated on each row, so that who said what can
 * be compared with the assessment's consensus in {@code answers}. A response without answers has no row.
 */
final class ResponseTable {

	private ResponseTable() {
	}

	static Table of(OutsideInModel model) {
		Table table = new Table("responses", text("assessment_id"), text("assessment"), date("assessment_date"),
				text("response_id"), text("respondent"), text("department_id"), text("department"), date("answered"),
				text("source"), text("id"), text("activity_id"), text("activity"), text("area_id"), text("area"),
				text("category"), text("plan"), decimal("budget"), date("delivery_date"), text("next_step"),
				text("owner"), date("deadline"));
		for (Assessment assessment : model.getAssessments()) {
			for (Response response : assessment.getResponses()) {
				for (ResponseAnswer answer : response.getAnswers()) {
					Activities activity = new Activities(answer.getActivity());
					table.add(assessment.getId(), assessment.getName(), Cells.day(assessment.getDate()), response.getId(),
							response.getRespondent(), Cells.id(response.getDepartment()), department(response),
							Cells.day(response.getAnswered()), response.getSource(), answer.getId(), activity.id(),
							activity.name(), activity.areaId(), activity.area(), Cells.literal(answer.getCategory()),
							answer.getPlan(), Cells.money(answer.getBudget()), Cells.day(answer.getDeliveryDate()),
							answer.getNextStep(), answer.getOwner(), Cells.day(answer.getDeadline()));
				}
			}
		}
		return table;
	}

	/** The department's name in the model, or the name the respondent gave when the model has no such department. */
	private static String department(Response response) {
		String name = Cells.name(response.getDepartment());
		return name != null ? name : response.getDepartmentName();
	}
}
