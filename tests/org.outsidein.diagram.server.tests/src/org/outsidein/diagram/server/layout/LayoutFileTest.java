package org.outsidein.diagram.server.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The layout file: each diagram's positions, written sorted (it diffs well), read back exactly; a version 1 file's
 * positions are kept; a damaged one costs only the layout.
 */
class LayoutFileTest {

	@TempDir
	Path folder;

	@Test
	void writesEachDiagramSortedAndReadsBack() throws Exception {
		DiagramLayouts layouts = new DiagramLayouts();
		layouts.of("outsidein.ecosystem").put("b", new NodePositions.Position(10.5, 20));
		layouts.of("outsidein.ecosystem").put("a", new NodePositions.Position(-3, 7.25));
		layouts.of("outsidein.engagement").put("a", new NodePositions.Position(1, 2));
		layouts.of("outsidein.outcomes");
		Path file = LayoutFile.beside(folder.resolve("m.outsidein"));
		assertEquals("m.outsidein.layout", file.getFileName().toString());
		LayoutFile.write(layouts, file);

		String text = Files.readString(file);
		assertTrue(text.indexOf("\"a\"") < text.indexOf("\"b\""), text);
		assertTrue(text.indexOf("outsidein.ecosystem") < text.indexOf("outsidein.engagement"), text);
		assertFalse(text.contains("outsidein.outcomes"), "a diagram without positions is not written: " + text);
		assertTrue(text.contains("\"format\": \"outsidein-layout\""), text);
		DiagramLayouts read = LayoutFile.read(file);
		assertEquals(layouts.of("outsidein.ecosystem").asMap(), read.of("outsidein.ecosystem").asMap());
		assertEquals(layouts.of("outsidein.engagement").asMap(), read.of("outsidein.engagement").asMap());
		assertFalse(read.isChanged());
	}

	@Test
	void aVersion1FileIsTheCustomersByRoleDiagramsAndIsKept() throws Exception {
		Path file = folder.resolve("m.outsidein.layout");
		Files.writeString(file, "{\"format\":\"outsidein-layout\",\"version\":1,\"positions\":{\"c1\":{\"x\":5,\"y\":6}}}");
		DiagramLayouts read = LayoutFile.read(file);
		assertEquals(new NodePositions.Position(5, 6), read.of(LayoutFile.VERSION_1_DIAGRAM).of("c1").orElseThrow());
		read.of("outsidein.ecosystem").put("x", new NodePositions.Position(1, 1));
		LayoutFile.write(read, file);
		assertEquals(new NodePositions.Position(5, 6),
				LayoutFile.read(file).of(LayoutFile.VERSION_1_DIAGRAM).of("c1").orElseThrow(), "nothing is lost");
	}

	@Test
	void aDamagedOrMissingFileGivesNoPositions() throws Exception {
		Path file = folder.resolve("m.outsidein.layout");
		assertTrue(LayoutFile.read(file).asMap().isEmpty(), "missing");
		for (String damaged : List.of("not json", "[1,2]", "{\"positions\":{\"a\":{\"x\":\"left\"}}}",
				"{\"positions\":{\"a\":{\"y\":1}}}", "{\"positions\":[]}", "{\"diagrams\":{\"d\":[]}}",
				"{\"diagrams\":{\"d\":{\"a\":{\"x\":1}}}}")) {
			Files.writeString(file, damaged);
			assertTrue(LayoutFile.read(file).asMap().isEmpty(), damaged);
		}
	}
}
