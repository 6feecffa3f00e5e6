package org.outsidein.interchange.tables;

import java.util.List;

import org.outsidein.model.OutsideInModel;

/**
 * A model as the tables an analysis reads: customers, employees, role assignments, outcomes, the assessments'
 * answers and the questionnaire respondents' answers. Rows refer to each other by the elements' ids.
 */
public final class ModelTables {

	private ModelTables() {
	}

	public static List<Table> of(OutsideInModel model) {
		return List.of(CustomerTable.of(model), EmployeeTable.of(model), RoleAssignmentTable.of(model),
				OutcomeTable.of(model), AnswerTable.of(model), ResponseTable.of(model));
	}
}
