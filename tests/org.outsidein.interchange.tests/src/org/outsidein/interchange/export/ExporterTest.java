package org.outsidein.interchange.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.model.OutsideInModel;
import org.outsidein.tests.support.Models;

/** A format's files reach the output folder all together or not at all. */
class ExporterTest {

	@TempDir
	Path folder;

	private final OutsideInModel model = Models.empty();

	@Test
	void publishesEveryFileTheFormatWroteAndNothingElse() throws Exception {
		ExportFormat twoFiles = (model, baseName, staging) -> {
			Files.writeString(staging.resolve(baseName + "-b.txt"), "b");
			Files.writeString(staging.resolve(baseName + "-a.txt"), "a");
			Files.createDirectory(staging.resolve(".scratch"));
		};
		List<Path> written = Exporter.export(twoFiles, model, folder.resolve("out"), "m");
		assertEquals(List.of(folder.resolve("out/m-a.txt"), folder.resolve("out/m-b.txt")), written);
		assertEquals(List.of("m-a.txt", "m-b.txt"), names(folder.resolve("out")), "no staging folder left behind");
	}

	@Test
	void aFormatThatFailsHalfWayLeavesTheFolderAsItWas() throws Exception {
		Path out = Files.createDirectories(folder.resolve("out"));
		Files.writeString(out.resolve("m-a.txt"), "the earlier export");
		ExportFormat failing = (model, baseName, staging) -> {
			Files.writeString(staging.resolve(baseName + "-a.txt"), "new, but never shown");
			throw new IOException("disk full");
		};
		IOException failure = assertThrows(IOException.class, () -> Exporter.export(failing, model, out, "m"));
		assertEquals("disk full", failure.getMessage());
		assertEquals(List.of("m-a.txt"), names(out));
		assertEquals("the earlier export", Files.readString(out.resolve("m-a.txt")));
	}

	@Test
	void createsTheOutputFolder() throws Exception {
		ExportFormat one = (model, baseName, staging) -> Files.writeString(staging.resolve("x.txt"), "x");
		Exporter.export(one, model, folder.resolve("a/b"), "m");
		assertTrue(Files.isRegularFile(folder.resolve("a/b/x.txt")));
	}

	@Test
	void refusesAFileForAFolder() throws Exception {
		Path file = Files.writeString(folder.resolve("notes.txt"), "mine");
		ExportFormat one = (model, baseName, staging) -> Files.writeString(staging.resolve("x.txt"), "x");
		IOException refused = assertThrows(IOException.class, () -> Exporter.export(one, model, file, "m"));
		assertEquals(file + ": not a folder; --out names the folder to write into", refused.getMessage());
		assertEquals("mine", Files.readString(file));
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(file -> file.getFileName().toString()).sorted().toList();
		}
	}
}
