package org.outsidein.core.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.tests.support.LargeModels;
import org.outsidein.model.OutsideInPackage;

/**
 * Kills a JVM that is saving a large model in a loop (SIGKILL, at a hundred random moments) and checks that the
 * file on disk is always a whole model, the previous version or the new one, never a torn mix, and that its
 * backup is whole too.
 */
class KilledSaveTest {

	private static final int KILLS = 100;
	/** Large enough that a save takes a good fraction of a second, so kills land in the middle of writes. */
	private static final int CUSTOMERS = 5_000;

	@TempDir
	Path folder;

	@Test
	void aKilledSaveLeavesAWholeModel() throws Exception {
		Path file = LargeModels.generate(folder.resolve("large.outsidein"), CUSTOMERS);
		String original = ModelFiles.load(file).getName();
		Random random = new Random(42);
		List<String> seen = new ArrayList<>();
		for (int kill = 0; kill < KILLS; kill++) {
			Process saver = new ProcessBuilder(javaExecutable(), "-cp", classPath(), SaveLoop.class.getName(),
					file.toString()).redirectErrorStream(true).start();
			try (BufferedReader out = new BufferedReader(new InputStreamReader(saver.getInputStream(), StandardCharsets.UTF_8))) {
				String line = out.readLine();
				assertEquals("ready", line, "the saving process did not start");
				Thread.sleep(random.nextInt(600));
				saver.destroyForcibly();
				assertTrue(saver.waitFor(10, TimeUnit.SECONDS));
			}
			String name = ModelFiles.load(file).getName();
			assertTrue(name.equals(original) || name.matches("version \\d+"), name);
			seen.add(name);
			if (Files.exists(ModelFiles.backupOf(file))) {
				ModelFiles.loadResource(ModelFiles.newResourceSet(), ModelFiles.backupOf(file));
			}
		}
		assertTrue(seen.stream().anyMatch(name -> name.startsWith("version ")), "saves did happen: " + seen);
		// a kill in the middle of a write leaves its temporary file behind: proof that the kills landed there
		try (var files = Files.list(folder)) {
			long interrupted = files.filter(f -> f.getFileName().toString().endsWith(".tmp")).count();
			assertTrue(interrupted >= KILLS / 10, "only " + interrupted + " of " + KILLS + " kills interrupted a write");
		}
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/** The jars and folders this test's own classes come from: EMF, the model, core and this fragment. */
	private static String classPath() {
		Set<String> entries = new LinkedHashSet<>();
		for (Class<?> type : new Class<?>[] { SaveLoop.class, ModelFiles.class, OutsideInPackage.class, EObject.class,
				URI.class, XMLResource.class }) {
			entries.add(new File(type.getProtectionDomain().getCodeSource().getLocation().getPath()).getPath());
		}
		return String.join(File.pathSeparator, entries);
	}
}
