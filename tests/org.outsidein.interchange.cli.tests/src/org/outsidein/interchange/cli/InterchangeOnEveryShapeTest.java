package org.outsidein.interchange.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.outsidein.cli.internal.CapturedRun;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.tests.support.ModelShape;

/**
 * {@code outsidein export}, then {@code outsidein import} of what it wrote, on every shape of model: nothing is
 * ever added twice, and where the model holds what a file can say, the round trip changes nothing.
 */
class InterchangeOnEveryShapeTest {

	@TempDir
	Path folder;

	private CapturedRun run(String... args) {
		return CapturedRun.run(folder, ModelShape.AS_OF, args);
	}

	@ParameterizedTest
	@EnumSource(ModelShape.class)
	void exportThenImportAddsNothing(ModelShape shape) throws Exception {
		Path model = shape.create(folder);
		CapturedRun export = run("export", model.toString(), "--out", "out");
		assertEquals(0, export.exitCode(), shape + ": " + export.err());
		String stem = shape.fileName().replace(".outsidein", "");
		int customers = ModelFiles.load(model).getCustomers().size();
		CapturedRun back = run("import", model.toString(), "out/" + stem + "-customers.csv");
		CapturedRun staff = run("import", model.toString(), "out/" + stem + "-employees.csv", "--kind", "employees");
		String out = back.out() + staff.out();
		assertEquals(customers, ModelFiles.load(model).getCustomers().size(), shape + ": " + out);
		assertTrue(back.out().contains(" 0 added, "), shape + ": " + out);
		assertTrue(staff.out().contains(" 0 added, "), shape + ": " + out);
		switch (shape) {
		case EMPTY_TEXTS -> {
			assertEquals(1, back.exitCode(), out);
			assertTrue(back.out().contains("no name; every customer needs one"), out);
			assertTrue(staff.out().contains("no name; every employee needs one"), out);
		}
		case DANGLING_ROLE -> {
			assertEquals(1, back.exitCode(), out);
			assertTrue(back.out().contains("'role-nobody-plays' is not a role of the model's methodology"), out);
		}
		case WRONG_TYPE_REFERENCES -> {
			assertEquals(1, back.exitCode(), "a role that leads to an organisation is not a role: " + out);
			assertEquals(0, staff.exitCode(), out);
			assertTrue(staff.out().contains(" 0 updated, "), "a department that leads nowhere is kept: " + out);
		}
		default -> {
			assertEquals(0, back.exitCode() + staff.exitCode(), out);
			assertTrue(out.matches("(?s).*rows?: 0 added, 0 updated, \\d+ unchanged, 0 not imported.*rows?: 0 added, 0 updated,"
					+ " \\d+ unchanged, 0 not imported.*"), out);
			assertTrue(Files.notExists(ModelFiles.backupOf(model)), shape + ": nothing changed, nothing saved");
		}
		}
	}
}
