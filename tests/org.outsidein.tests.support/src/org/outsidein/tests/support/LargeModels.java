package org.outsidein.tests.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Large generated models, written by the benchmarks' own generator (benchmarks/ModelGenerator.java, run as a
 * separate Java program), so that tests and benchmarks measure the same kind of model.
 */
public final class LargeModels {

	private LargeModels() {
	}

	/** Writes a model of that many customers (about three roles each), deterministic for a given size. */
	public static Path generate(Path file, int customers) throws IOException, InterruptedException {
		Path generator = Examples.folder().resolveSibling("benchmarks").resolve("ModelGenerator.java");
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process process = new ProcessBuilder(java.toString(), generator.toString(), "--customers",
				String.valueOf(customers), "--roles", "3", "--out", file.toString()).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
			process.destroyForcibly();
			throw new IOException("the model generator failed for " + customers + " customers");
		}
		return file;
	}
}
