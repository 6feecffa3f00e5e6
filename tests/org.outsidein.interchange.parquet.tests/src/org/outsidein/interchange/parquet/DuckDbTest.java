package org.outsidein.interchange.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.interchange.tables.ModelTables;
import org.outsidein.interchange.tables.Table;
import org.outsidein.model.Employee;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.RoleAssignment;
import org.outsidein.tests.support.Examples;

/** The database an export writes through never reaches for the network and spills only into the export's folder. */
class DuckDbTest {

	@TempDir
	Path folder;

	@Test
	void extensionsAreNeitherDownloadedNorLoadedBehindOurBack() throws Exception {
		try (DuckDb duckDb = DuckDb.inMemory(folder)) {
			assertEquals("false", duckDb.firstValue("SELECT current_setting('autoinstall_known_extensions')"));
			assertEquals("false", duckDb.firstValue("SELECT current_setting('autoload_known_extensions')"));
			assertEquals("STATICALLY_LINKED", duckDb.firstValue(
					"SELECT install_mode FROM duckdb_extensions() WHERE extension_name = 'parquet' AND loaded"),
					"Parquet is built into the driver's library: nothing to fetch");
			SQLException remote = assertThrows(SQLException.class,
					() -> duckDb.firstValue("SELECT * FROM read_parquet('https://example.invalid/x.parquet')"));
			assertTrue(remote.getMessage().contains("requires the extension httpfs"), remote.getMessage());
		}
	}

	@Test
	void listsOfIdsKeepEveryItemInOrder() throws Exception {
		OutsideInModel model = ModelFiles.load(Examples.cairnwood());
		RoleAssignment engaged = model.getCustomers().stream().flatMap(customer -> customer.getRoles().stream())
				.filter(assignment -> assignment.getInteractingEmployees().size() >= 2).findFirst().orElseThrow();
		Table assignments = ModelTables.of(model).stream().filter(table -> table.name().equals("role_assignments"))
				.findFirst().orElseThrow();
		try (DuckDb duckDb = DuckDb.inMemory(folder)) {
			duckDb.create(assignments);
			duckDb.append(assignments);
			String row = " FROM role_assignments WHERE id = '" + engaged.getId() + "'";
			assertEquals("VARCHAR[]", duckDb.firstValue("SELECT typeof(interacting_employee_ids)" + row));
			assertEquals(engaged.getInteractingEmployees().stream().map(Employee::getId).toList().toString(),
					duckDb.firstValue("SELECT interacting_employee_ids::VARCHAR" + row));
			assertEquals("0", duckDb.firstValue("SELECT count(*) FROM role_assignments WHERE outcome_ids IS NULL"
					+ " OR list_contains(outcome_ids, '')"), "no list is null, no item empty");
			assertEquals(String.valueOf(assignments.rows().size()), duckDb.firstValue("SELECT count(*) FROM role_assignments"));
		}
	}

	@Test
	void spillsIntoTheExportsOwnFolder() throws Exception {
		try (DuckDb duckDb = DuckDb.inMemory(folder)) {
			assertEquals(folder.resolve(".duckdb-spill").toString(), duckDb.firstValue("SELECT current_setting('temp_directory')"));
		}
	}
}
