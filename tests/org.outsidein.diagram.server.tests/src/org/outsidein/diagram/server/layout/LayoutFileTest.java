package org.outsidein.diagram.server.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layout file: written sorted by id (it diffs well), read back exactly, and a damaged one costs only the layout. */
class LayoutFileTest {

	@TempDir
	Path folder;

	@Test
	void writesSortedAndReadsBack() throws Exception {
		NodePositions positions = new NodePositions();
		positions.put("b", new NodePositions.Position(10.5, 20));
		positions.put("a", new NodePositions.Position(-3, 7.25));
		Path file = LayoutFile.beside(folder.resolve("m.outsidein"));
		assertEquals("m.outsidein.layout", file.getFileName().toString());
		LayoutFile.write(positions, file);

		String text = Files.readString(file);
		assertTrue(text.indexOf("\"a\"") < text.indexOf("\"b\""), text);
		assertTrue(text.contains("\"format\": \"outsidein-layout\""), text);
		NodePositions read = LayoutFile.read(file);
		assertEquals(positions.asMap(), read.asMap());
		assertEquals(false, read.isChanged());
	}

	@Test
	void aDamagedOrMissingFileGivesNoPositions() throws Exception {
		Path file = folder.resolve("m.outsidein.layout");
		assertTrue(LayoutFile.read(file).asMap().isEmpty(), "missing");
		for (String damaged : List.of("not json", "[1,2]", "{\"positions\":{\"a\":{\"x\":\"left\"}}}",
				"{\"positions\":{\"a\":{\"y\":1}}}", "{\"positions\":[]}")) {
			Files.writeString(file, damaged);
			assertTrue(LayoutFile.read(file).asMap().isEmpty(), damaged);
		}
	}
}
