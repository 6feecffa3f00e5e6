package org.outsidein.interchange.tables;

import static org.outsidein.interchange.tables.TableColumn.bool;
import static org.outsidein.interchange.tables.TableColumn.text;

import org.outsidein.model.Employee;
import org.outsidein.model.OutsideInModel;

/** One row per employee of the organisation: the people the role assignments name as engaging customers. */
final class EmployeeTable {

	private EmployeeTable() {
	}

	static Table of(OutsideInModel model) {
		Table table = new Table("employees", text("id"), text("external_id"), text("name"), text("job_title"),
				bool("executive"), text("department_id"), text("department"));
		if (model.getOrganisation() != null) {
			for (Employee employee : model.getOrganisation().getEmployees()) {
				table.add(employee.getId(), employee.getExternalId(), employee.getName(), employee.getJobTitle(),
						employee.isExecutive(), Cells.id(employee.getDepartment()), Cells.name(employee.getDepartment()));
			}
		}
		return table;
	}
}
