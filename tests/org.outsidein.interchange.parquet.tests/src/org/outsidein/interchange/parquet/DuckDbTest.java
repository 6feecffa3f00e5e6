package org.outsidein.interchange.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
	void spillsIntoTheExportsOwnFolder() throws Exception {
		try (DuckDb duckDb = DuckDb.inMemory(folder)) {
			assertEquals(folder.resolve(".duckdb-spill").toString(), duckDb.firstValue("SELECT current_setting('temp_directory')"));
		}
	}
}
