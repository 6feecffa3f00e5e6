package org.outsidein.core.resource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What a folder held at one moment, to prove later that nothing in it was touched. */
record FileSnapshot(Path file, byte[] bytes, FileTime modified, List<String> folder) {

	static FileSnapshot of(Path file) throws IOException {
		return new FileSnapshot(file, Files.readAllBytes(file), Files.getLastModifiedTime(file), list(file.getParent()));
	}

	void assertUnchanged() throws IOException {
		assertArrayEquals(bytes, Files.readAllBytes(file), file + " was modified");
		assertEquals(modified, Files.getLastModifiedTime(file), file + " was written to");
		assertEquals(folder, list(file.getParent()), "files appeared or vanished next to " + file);
	}

	private static List<String> list(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
		}
	}
}
