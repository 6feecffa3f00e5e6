package org.outsidein.interchange.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.outsidein.cli.internal.CapturedRun;
import org.outsidein.tests.support.Examples;
import org.outsidein.tests.support.ModelShape;

/** {@code outsidein export --format parquet} with this bundle installed, as a user runs it. */
class ParquetExportCommandTest {

	private static final List<String> TABLES = List.of("answers", "customers", "employees", "outcomes",
			"responses", "role-assignments");

	@TempDir
	Path folder;

	private CapturedRun run(String... args) {
		return CapturedRun.run(folder, ModelShape.AS_OF, args);
	}

	@Test
	void writesOneParquetFilePerTableAndPrintsThem() throws Exception {
		CapturedRun export = run("export", Examples.cairnwood().toString(), "--format", "parquet", "--out", "pq");
		assertEquals(0, export.exitCode(), export.err());
		List<String> expected = TABLES.stream()
				.map(table -> folder.resolve("pq/cairnwood-outdoor-" + table + ".parquet").toString()).toList();
		assertEquals(expected, export.out().lines().toList());
		for (String file : expected) {
			ParquetFiles.assertWhole(Path.of(file));
		}
		assertEquals(TABLES.size(), count(folder.resolve("pq")), "nothing else is left in the folder");
	}

	@ParameterizedTest
	@EnumSource(ModelShape.class)
	void everyShapeOfModelExports(ModelShape shape) throws Exception {
		Path model = shape.create(folder);
		CapturedRun export = run("export", model.toString(), "--format", "parquet", "--out", "out");
		assertEquals(0, export.exitCode(), shape + ": " + export.err());
		assertEquals(TABLES.size(), export.out().lines().count(), export.out());
		for (String file : export.out().lines().toList()) {
			ParquetFiles.assertWhole(Path.of(file));
		}
	}

	@Test
	void anExportAgainReplacesTheFiles() throws Exception {
		run("export", Examples.cairnwood().toString(), "--format", "parquet", "--out", "pq");
		CapturedRun again = run("export", Examples.cairnwood().toString(), "--format", "parquet", "--out", "pq");
		assertEquals(0, again.exitCode(), again.err());
		assertEquals(TABLES.size(), count(folder.resolve("pq")));
	}

	@Test
	void severalFormatsAtOnceAllOrNothing() throws Exception {
		CapturedRun export = run("export", Examples.cairnwood().toString(), "--format", "json, parquet,csv,json", "--out", "all");
		assertEquals(0, export.exitCode(), export.err());
		assertEquals(1 + TABLES.size() + 2, export.out().lines().count(), export.out());
		assertTrue(export.out().contains("cairnwood-outdoor.json"), export.out());
		CapturedRun unknown = run("export", Examples.cairnwood().toString(), "--format", "parquet,xlsx", "--out", "none");
		assertEquals(2, unknown.exitCode());
		assertTrue(unknown.err().contains("--format takes csv, json, parquet"), unknown.err());
		assertTrue(Files.notExists(folder.resolve("none")), "nothing written when one format is unknown");
	}

	@Test
	void theListNamesParquetAndThisBundle() {
		CapturedRun list = run("export", "--list");
		assertTrue(Pattern.compile("(?m)^parquet +org\\.outsidein\\.interchange\\.parquet +One Parquet file per table")
				.matcher(list.out()).find(), list.out());
	}

	private static long count(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.count();
		}
	}
}
