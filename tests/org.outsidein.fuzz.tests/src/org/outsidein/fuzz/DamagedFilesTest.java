package org.outsidein.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.cli.internal.CapturedRun;
import org.outsidein.tests.support.Examples;
import org.outsidein.tests.support.ModelShape;
import org.outsidein.tests.support.Mutations;

/**
 * Ten thousand damaged model files (from the example and every shape of model, mutated with a fixed seed) through
 * {@code validate}, {@code stats} and {@code report} in every format: each run works, or fails with a clear
 * one-line error naming the file; none ends in an internal error, runs past its time limit, or writes to the file
 * it reads. What each command answered is counted in target/fuzz-summary.txt.
 */
class DamagedFilesTest {

	private static final long SEED = 20_261_125L;
	private static final int CASES = Integer.getInteger("outsidein.fuzz.cases", 10_000);
	/** The PDF generator is the slow one: every so many cases also write a PDF. */
	private static final int PDF_EVERY = 25;
	private static final long LIMIT_SECONDS = 60;
	private static final int MOST_FAILURES = 25;

	@TempDir
	Path folder;

	private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "fuzz-run");
		thread.setDaemon(true);
		return thread;
	});
	private final Map<String, Integer> answers = new TreeMap<>();
	private final List<String> failures = new ArrayList<>();

	@AfterEach
	void stop() {
		runner.shutdownNow();
	}

	@Test
	void damagedFilesWorkOrFailClearlyAndAreNeverWritten() throws Exception {
		List<byte[]> sources = sources();
		long started = System.nanoTime();
		for (int index = 0; index < CASES && failures.size() < MOST_FAILURES; index++) {
			Random random = new Random(SEED + index);
			List<String> applied = new ArrayList<>();
			byte[] mutant = Mutations.mutate(sources.get(random.nextInt(sources.size())), random, applied);
			Path place = Files.createDirectories(folder.resolve("case-" + index));
			Path file = Files.write(place.resolve("model.outsidein"), mutant);
			String what = "case " + index + " (" + String.join(", ", applied) + ")";
			String formats = index % PDF_EVERY == 0 ? "html,pdf,md,csv" : "html,md,csv";
			run(what, "validate", file.toString(), "--format", "sarif");
			run(what, "stats", file.toString());
			run(what, "report", file.toString(), "--format", formats, "--out", place.resolve("out").toString());
			if (!Arrays.equals(mutant, Files.readAllBytes(file))) {
				failures.add(what + ": the file read was changed");
			}
			try (Stream<Path> left = Files.list(place)) {
				List<String> names = left.map(p -> p.getFileName().toString()).filter(n -> !n.equals("model.outsidein")
						&& !n.equals("out")).toList();
				if (!names.isEmpty()) {
					failures.add(what + ": files appeared next to the model: " + names);
				}
			}
			delete(place);
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		List<String> summary = new ArrayList<>();
		summary.add(CASES + " damaged files, seed " + SEED + ", " + String.format("%.1f", seconds) + " s");
		answers.forEach((answer, count) -> summary.add(String.format("%6d  %s", count, answer)));
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target", "fuzz-summary.txt"), summary, StandardCharsets.UTF_8);
		assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
	}

	/** Runs one command on the file within the time limit and judges how it ended. */
	private void run(String what, String... args) throws Exception {
		Path place = Path.of(args[1]).getParent();
		Future<CapturedRun> future = runner.submit(() -> CapturedRun.run(place, ModelShape.AS_OF, args));
		CapturedRun run;
		try {
			run = future.get(LIMIT_SECONDS, TimeUnit.SECONDS);
		} catch (TimeoutException e) {
			future.cancel(true);
			failures.add(what + ": '" + args[0] + "' still running after " + LIMIT_SECONDS + " s");
			return;
		}
		answers.merge(args[0] + " exit " + run.exitCode(), 1, Integer::sum);
		switch (run.exitCode()) {
		case 0, 1 -> {
			// worked: findings or none
		}
		case 2 -> {
			String error = run.err().strip();
			if (error.lines().count() != 1 || !error.startsWith("outsidein: ") || !error.contains("model.outsidein")) {
				failures.add(what + ": '" + args[0] + "' failed without one clear line naming the file: " + error);
			} else if (error.contains("Exception") || error.contains("java.")) {
				failures.add(what + ": '" + args[0] + "' failed in Java's words, not the analyst's: " + error);
			}
		}
		default -> failures.add(what + ": '" + args[0] + "' ended with exit " + run.exitCode() + ": " + run.err().strip());
		}
	}

	/** The example and every shape of model, as their bytes. */
	private List<byte[]> sources() throws IOException {
		List<byte[]> sources = new ArrayList<>();
		sources.add(Files.readAllBytes(Examples.cairnwood()));
		Path shapes = Files.createDirectories(folder.resolve("shapes"));
		for (ModelShape shape : ModelShape.values()) {
			sources.add(Files.readAllBytes(shape.create(shapes)));
		}
		return sources;
	}

	private static void delete(Path place) throws IOException {
		try (Stream<Path> all = Files.walk(place)) {
			for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
