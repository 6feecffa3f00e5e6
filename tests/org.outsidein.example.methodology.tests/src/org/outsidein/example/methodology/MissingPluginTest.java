package org.outsidein.example.methodology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.cli.internal.CapturedRun;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.core.resource.ModelLoadException;
import org.outsidein.example.methodology.hackathon.HackathonPackage;
import org.outsidein.model.OutsideInModel;

/**
 * A model made with a methodology plug-in, opened where that plug-in is not installed (simulated by renaming what
 * the file refers to): the user is told which package is missing, and the file is never written without it.
 */
class MissingPluginTest {

	private static final String GONE_PACKAGE = "http://www.outsidein.org/example/hackathon/9.9";

	@TempDir
	Path folder;

	private Path withoutThePlugin(Path file, String from, String to) throws Exception {
		Files.writeString(file, Files.readString(file).replace(from, to));
		return file;
	}

	@Test
	void aConceptOfAMissingPackageIsNamedAndTheFileIsLeftAsItIs() throws Exception {
		Path file = withoutThePlugin(HackathonModel.create(folder), HackathonPackage.eNS_URI, GONE_PACKAGE);
		byte[] before = Files.readAllBytes(file);
		Files.delete(ModelFiles.backupOf(file)); // made when the fixture was saved; a save now would make it again

		ModelLoadException refused = assertThrows(ModelLoadException.class, () -> ModelFiles.load(file));
		assertTrue(refused.getMessage().matches(".*makers\\.outsidein:\\d+:\\d+: the model uses concepts of the package '"
				+ GONE_PACKAGE.replace(".", "\\.") + "', which no installed plug-in provides .*"), refused.getMessage());

		CapturedRun validate = CapturedRun.run(folder, HackathonModel.TODAY, "validate", "makers.outsidein");
		assertEquals(1, validate.exitCode(), "a file that cannot be read is a finding of its own: " + validate.err());
		assertTrue(validate.out().contains(GONE_PACKAGE + "', which no installed plug-in provides"), validate.out());
		for (String command : new String[] { "report", "stats", "hackathons" }) {
			CapturedRun run = CapturedRun.run(folder, HackathonModel.TODAY, command, "makers.outsidein");
			assertEquals(2, run.exitCode(), command + ": " + run.out() + run.err());
			assertTrue(run.err().contains(GONE_PACKAGE), command + ": " + run.err());
			assertEquals(1, run.err().lines().count(), command + ": one line, no stack trace: " + run.err());
		}
		CapturedRun imported = CapturedRun.run(folder, HackathonModel.TODAY, "import", "makers.outsidein", "none.csv");
		assertEquals(2, imported.exitCode(), imported.out() + imported.err());

		assertArrayEquals(before, Files.readAllBytes(file), "the file is never rewritten without the package");
		assertFalse(Files.exists(ModelFiles.backupOf(file)), "not even a backup was made: nothing was saved");
		assertFalse(Files.exists(folder.resolve("reports")), "no report from a model read in part");
	}

	@Test
	void aMethodologyOfAMissingPluginKeepsItsReferencesThroughASave() throws Exception {
		CapturedRun created = CapturedRun.run(folder, HackathonModel.TODAY, "new", "plain.outsidein", "--methodology",
				"example.hackathons");
		assertEquals(0, created.exitCode(), created.err());
		String gone = "platform:/plugin/org.outsidein.example.gone/";
		Path file = withoutThePlugin(folder.resolve("plain.outsidein"), "platform:/plugin/org.outsidein.example.methodology/",
				gone);
		String before = Files.readString(file);

		OutsideInModel model = ModelFiles.load(file);
		assertTrue(model.getMethodologies().get(0).eIsProxy(), "the missing methodology stays a reference");
		model.setDescription("edited without the plug-in");
		ModelFiles.save(model.eResource());
		String after = Files.readString(file);
		assertTrue(after.contains(gone + "methodology/hackathons.outsidein#methodology-hackathons"), after);
		assertEquals(before.replaceFirst(" name=\"Plain\"", " name=\"Plain\" description=\"edited without the plug-in\""), after,
				"only the edit changed");
	}
}
