package org.outsidein.core.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.tests.support.Examples;
import org.outsidein.tests.support.ModelShape;
import org.outsidein.tests.support.Mutations;

/**
 * Damaged files (seed-fixed mutations of the example and of every shape of model) load the same whichever loader
 * starts: both fail with the same message, at the same line and column, or both give the same model. The fast
 * loader must take a fair share of them itself, or this would only compare EMF with EMF.
 */
class FastLoaderMutantsTest {

	private static final long SEED = 20261125L;
	private static final int MUTANTS_PER_SHAPE = 150;
	private static final int MUTANTS_OF_THE_EXAMPLE = 300;

	@TempDir
	Path folder;

	@Test
	void damagedFilesLoadAlikeEitherWay() throws Exception {
		List<Path> originals = new ArrayList<>();
		for (ModelShape shape : ModelShape.values()) {
			originals.add(shape.create(folder));
		}
		Random random = new Random(SEED);
		int fast = 0;
		int mutants = 0;
		for (Path original : originals) {
			fast += compareMutants(original, MUTANTS_PER_SHAPE, random);
			mutants += MUTANTS_PER_SHAPE;
		}
		fast += compareMutants(Files.copy(Examples.cairnwood(), folder.resolve("example.outsidein")),
				MUTANTS_OF_THE_EXAMPLE, random);
		mutants += MUTANTS_OF_THE_EXAMPLE;
		assertTrue(fast > mutants / 10, "the fast loader took " + fast + " of " + mutants + " mutants");
		assertTrue(fast < mutants, "the fast loader refused none of " + mutants + " mutants");
	}

	/** Compares each mutant's two loads; returns how many the fast loader read itself. */
	private int compareMutants(Path original, int count, Random random) throws Exception {
		byte[] bytes = Files.readAllBytes(original);
		int fast = 0;
		for (int i = 0; i < count; i++) {
			List<String> applied = new ArrayList<>();
			Path mutant = original.resolveSibling("mutant-" + original.getFileName());
			Files.write(mutant, Mutations.mutate(bytes, random, applied));
			String what = original.getFileName() + " #" + i + " " + applied;
			if (compare(mutant, what)) {
				fast++;
			}
		}
		return fast;
	}

	private static boolean compare(Path mutant, String what) {
		OutsideInResource byEmf = null;
		String emfProblem = null;
		try {
			byEmf = LoadComparison.emf(mutant);
		} catch (ModelLoadException e) {
			emfProblem = e.getMessage();
		}
		OutsideInResource byFast = null;
		try {
			byFast = (OutsideInResource) ModelFiles.loadResource(ModelFiles.newResourceSet(), mutant);
		} catch (ModelLoadException e) {
			assertEquals(emfProblem, e.getMessage(), what);
			return false;
		}
		if (byEmf == null) {
			fail(what + ": EMF refused it (" + emfProblem + "), the fast loader did not");
		}
		try {
			LoadComparison.assertSameModel(byEmf, byFast);
		} catch (AssertionError e) {
			throw new AssertionError(what + " (" + byFast.fastLoadOutcome() + "): " + e.getMessage(), e);
		}
		return byFast.fastLoadOutcome().loaded();
	}
}
