package org.outsidein.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.interchange.csv.CsvTable;
import org.outsidein.model.Customer;
import org.outsidein.model.CustomerKind;
import org.outsidein.model.Employee;
import org.outsidein.model.OutsideInModel;
import org.outsidein.tests.support.Examples;
import org.outsidein.tests.support.Models;

/** The example's customers and employees, with hostile names added, exported and imported back. */
class CsvExportTest {

	private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"Click\")";

	@TempDir
	Path folder;

	private OutsideInModel example;
	private List<Path> files;

	@BeforeEach
	void exportTheExample() throws Exception {
		example = ModelFiles.load(Examples.cairnwood());
		Customer formula = Models.customer(example, FORMULA);
		formula.setExternalId("@C-666");
		formula.setKind(CustomerKind.GROUP);
		formula.setGroupSize(7);
		Models.customer(example, "-5 \u00b0C club; \"frozen\"\nsecond line");
		Models.customer(example, "'=already quoted");
		Models.employee(example, "+Ivo Lind", null).setJobTitle("\tTabbed");
		files = CsvExport.write(example, folder.resolve("out"), "cairnwood");
	}

	@Test
	void writesOneFilePerKindWithTheColumnsTheImportReads() throws Exception {
		assertEquals(List.of(folder.resolve("out/cairnwood-customers.csv"), folder.resolve("out/cairnwood-employees.csv")),
				files);
		assertEquals(List.of("external id", "name", "segment", "kind", "group size", "lead user", "current customer",
				"roles"), CsvTable.read(files.get(0)).header());
		assertEquals(List.of("external id", "name", "department", "job title", "executive"),
				CsvTable.read(files.get(1)).header());
		assertEquals(example.getCustomers().size(), CsvTable.read(files.get(0)).rows().size());
	}

	@Test
	void formulasAreNeutralisedInTheFile() throws Exception {
		String customers = Files.readString(files.get(0), StandardCharsets.UTF_8);
		assertTrue(customers.contains("\r\n'@C-666,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",,Group,7,"),
				customers);
		assertTrue(customers.contains("\r\n,\"'-5 \u00b0C club; \"\"frozen\"\"\nsecond line\","), customers);
		String employees = Files.readString(files.get(1), StandardCharsets.UTF_8);
		assertTrue(employees.contains("\r\n,'+Ivo Lind,,'\tTabbed,no\r\n"), employees);
	}

	@Test
	void importingTheExportIntoItsModelChangesNothing() throws Exception {
		for (RecordKind kind : RecordKind.values()) {
			ImportResult result = CsvImport.run(example, CsvTable.read(file(kind)), kind, ColumnMapping.none(), true);
			assertEquals(List.of(), result.problems(), kind.word());
			assertEquals(List.of(), result.changes(), kind.word());
			assertEquals(List.of(), result.created(), kind.word());
			assertEquals(result.rows(), result.unchanged());
		}
	}

	@Test
	void importingTheExportIntoANewModelGivesTheSameCustomersAndEmployees() throws Exception {
		OutsideInModel fresh = Models.empty(folder.resolve("copy.outsidein"), "Copy");
		for (RecordKind kind : RecordKind.values()) {
			ImportResult result = CsvImport.run(fresh, CsvTable.read(file(kind)), kind, ColumnMapping.none(), true);
			assertTrue(result.problems().isEmpty(), result.problems().toString());
		}
		assertEquals(customers(example), customers(fresh));
		assertEquals(employees(example), employees(fresh));
	}

	private Path file(RecordKind kind) {
		return folder.resolve("out/cairnwood-" + kind.word() + ".csv");
	}

	private static String customers(OutsideInModel model) {
		return model.getCustomers().stream().map(CsvExportTest::describe).collect(Collectors.joining("\n"));
	}

	private static String describe(Customer customer) {
		return String.join(" | ", customer.getExternalId() + "", customer.getName(),
				customer.getSegment() == null ? "-" : customer.getSegment().getName(), customer.getKind().getLiteral(),
				customer.getGroupSize() + "", customer.isLeadUser() + "", customer.isCurrentCustomer() + "",
				customer.getRoles().stream().map(role -> role.getRole().getName() + " " + role.getDepth())
						.collect(Collectors.joining(", ")));
	}

	private static String employees(OutsideInModel model) {
		return model.getOrganisation().getEmployees().stream().map(CsvExportTest::describe).collect(Collectors.joining("\n"));
	}

	private static String describe(Employee employee) {
		return String.join(" | ", employee.getExternalId() + "", employee.getName(),
				employee.getDepartment() == null ? "-" : employee.getDepartment().getName(), employee.getJobTitle() + "",
				employee.isExecutive() + "");
	}
}
