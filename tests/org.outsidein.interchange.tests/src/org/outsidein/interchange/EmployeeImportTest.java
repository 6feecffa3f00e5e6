package org.outsidein.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.interchange.csv.CsvTable;
import org.outsidein.model.Department;
import org.outsidein.model.Employee;
import org.outsidein.model.OutsideInModel;
import org.outsidein.tests.support.Models;

/** Employees from an HR system's file. */
class EmployeeImportTest {

	@TempDir
	Path folder;

	private ImportResult importRows(OutsideInModel model, String csv) throws Exception {
		Path file = Files.writeString(folder.resolve("staff.csv"), csv, StandardCharsets.UTF_8);
		return CsvImport.run(model, CsvTable.read(file), RecordKind.EMPLOYEES, ColumnMapping.none(), false);
	}

	@Test
	void departmentsAreFoundOrCreatedAndUpdatesAreNoted() throws Exception {
		OutsideInModel model = Models.empty(folder.resolve("acme.outsidein"), "Acme");
		Department design = Models.department(model, "Design");
		ImportResult result = importRows(model, "External ID,Name,Department,Job title,Executive\n"
				+ "E-1,Mira Holm,design,Head of design,yes\n"
				+ "E-2,Ola Berg,Customer Care,\"Care lead, north\",\n"
				+ "E-3,,Design,Designer,no\n");
		assertEquals(List.of("row 4: no name; every employee needs one"),
				result.problems().stream().map(RowProblem::toString).toList());
		assertEquals(List.of("department Customer Care"), result.created());
		List<Employee> employees = model.getOrganisation().getEmployees();
		assertEquals(2, employees.size());
		assertSame(design, employees.get(0).getDepartment(), "found without regard to case");
		assertTrue(employees.get(0).isExecutive());
		assertEquals("Care lead, north", employees.get(1).getJobTitle());
		assertFalse(employees.get(1).isExecutive());

		ImportResult again = importRows(model, "external id,name,department,job title\nE-2,Ola Berg,Design,\n");
		assertEquals(List.of("update employee E-2 \"Ola Berg\": department: Customer Care \u2192 Design; job title:"
				+ " Care lead, north \u2192 (none)"), again.changes().stream().map(Change::toString).toList());
		assertNull(employees.get(1).getJobTitle(), "an empty cell clears the title, as if never entered");
	}

	@Test
	void aModelWithoutAnOrganisationGetsOne() throws Exception {
		OutsideInModel model = Models.empty(folder.resolve("bare.outsidein"), "Bare");
		model.setOrganisation(null);
		ImportResult result = importRows(model, "name,department\nMira Holm,Design\n");
		assertEquals(1, result.added());
		assertEquals("Bare", model.getOrganisation().getName());
		assertEquals("Design", model.getOrganisation().getEmployees().get(0).getDepartment().getName());
	}
}
