package org.outsidein.interchange.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.cli.internal.CapturedRun;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.core.resource.ModelLoadException;
import org.outsidein.tests.support.Examples;
import org.outsidein.tests.support.ModelShape;
import org.outsidein.tests.support.Mutations;

/**
 * Damaged model files (the example and every shape, mutated with a fixed seed) through {@code export},
 * {@code import --dry-run} and {@code import}: each works or fails with one line naming the file, never with an
 * internal error; a dry run never writes; an import that writes leaves a model that loads.
 */
class DamagedModelsTest {

	private static final long SEED = 20_261_126L;
	private static final int CASES = Integer.getInteger("outsidein.fuzz.cases", 500);

	@TempDir
	Path folder;

	private final List<String> failures = new ArrayList<>();
	private final Map<String, Integer> answers = new TreeMap<>();

	@Test
	void damagedModelsAreExportedAndImportedIntoOrRefusedClearly() throws Exception {
		List<byte[]> sources = new ArrayList<>(List.of(Files.readAllBytes(Examples.cairnwood())));
		for (ModelShape shape : ModelShape.values()) {
			sources.add(Files.readAllBytes(shape.create(Files.createDirectories(folder.resolve("shapes")))));
		}
		for (int index = 0; index < CASES && failures.size() < 20; index++) {
			Random random = new Random(SEED + index);
			List<String> applied = new ArrayList<>();
			byte[] mutant = Mutations.mutate(sources.get(random.nextInt(sources.size())), random, applied);
			Path place = Files.createDirectories(folder.resolve("case-" + index));
			Path file = Files.write(place.resolve("model.outsidein"), mutant);
			String what = "case " + index + " (" + String.join(", ", applied) + ")";
			check(what, "export", CapturedRun.run(place, ModelShape.AS_OF, "export", file.toString(), "--out", "out"));
			check(what, "dry run", CapturedRun.run(place, ModelShape.AS_OF, "import", file.toString(),
					Fixtures.text("crm-customers.csv"), "--dry-run"));
			if (!Arrays.equals(mutant, Files.readAllBytes(file))) {
				failures.add(what + ": a dry run or an export wrote to the model");
			}
			CapturedRun imported = CapturedRun.run(place, ModelShape.AS_OF, "import", file.toString(),
					Fixtures.text("crm-customers.csv"));
			check(what, "import", imported);
			if (imported.exitCode() != 2) {
				try {
					ModelFiles.load(file);
				} catch (ModelLoadException e) {
					failures.add(what + ": the model no longer loads after the import: " + e.getMessage());
				}
			} else if (!Arrays.equals(mutant, Files.readAllBytes(file))) {
				failures.add(what + ": a refused import wrote to the model");
			}
		}
		assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
		assertTrue(answers.containsKey("import exit 1") && answers.containsKey("import exit 2"),
				"the damage lets some imports through and makes others refuse: " + answers);
	}

	private void check(String what, String command, CapturedRun run) {
		answers.merge(command + " exit " + run.exitCode(), 1, Integer::sum);
		String error = run.err().strip();
		if (run.exitCode() == 2 && (error.lines().count() != 1 || !error.contains("model.outsidein"))) {
			failures.add(what + ": not one clear line naming the file: " + error);
		} else if (run.exitCode() > 2) {
			failures.add(what + ": exit " + run.exitCode() + ": " + error);
		}
	}
}
