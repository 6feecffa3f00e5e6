package org.outsidein.example.methodology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.outsidein.tests.support.Examples;

/**
 * docs/extending.md shows code copied from the example plug-in, never retyped: each code block is marked with the
 * file it comes from ({@code <!-- snippet: PATH -->}) and must occur there, line for line (indentation aside, since a
 * snippet may come from inside a Java text block). Shell commands are the only unmarked blocks. Every extension
 * point's schema is linked.
 */
class ExtendingTutorialTest {

	private static final Path ROOT = Examples.folder().getParent();
	private static final Pattern MARKER = Pattern.compile("<!-- snippet: (\\S+) -->");
	private static final Pattern SCHEMA_LINK = Pattern.compile("\\]\\(\\.\\./(bundles/[^)]+\\.exsd)\\)");

	record Snippet(String source, List<String> lines, int line) {
	}

	@Test
	void everySnippetOccursInTheFileItIsMarkedWith() throws IOException {
		List<Snippet> snippets = snippets(Files.readAllLines(ROOT.resolve("docs/extending.md")));
		assertTrue(snippets.size() >= 20, "the tutorial's snippets were found: " + snippets.size());
		List<String> mismatches = new ArrayList<>();
		for (Snippet snippet : snippets) {
			Path source = ROOT.resolve(snippet.source());
			if (!Files.isRegularFile(source)) {
				mismatches.add("extending.md:" + snippet.line() + ": no file " + snippet.source());
			} else if (!containsLines(stripped(Files.readAllLines(source)), stripped(snippet.lines()))) {
				mismatches.add("extending.md:" + snippet.line() + ": not found in " + snippet.source() + ":\n"
						+ String.join("\n", snippet.lines()));
			}
		}
		assertEquals(List.of(), mismatches);
	}

	@Test
	void everyExtensionPointsSchemaIsLinked() throws IOException {
		String tutorial = Files.readString(ROOT.resolve("docs/extending.md"));
		List<String> linked = new ArrayList<>();
		Matcher link = SCHEMA_LINK.matcher(tutorial);
		while (link.find()) {
			linked.add(link.group(1));
			assertTrue(Files.isRegularFile(ROOT.resolve(link.group(1))), link.group(1));
		}
		try (Stream<Path> bundles = Files.list(ROOT.resolve("bundles"))) {
			for (Path bundle : bundles.sorted().toList()) {
				Path schemas = bundle.resolve("schema");
				if (Files.isDirectory(schemas)) {
					try (Stream<Path> files = Files.list(schemas)) {
						files.map(file -> ROOT.relativize(file).toString())
								.forEach(schema -> assertTrue(linked.contains(schema), schema + " is not linked"));
					}
				}
			}
		}
	}

	/** The fenced blocks; a block that is not a shell command must follow a marker naming its file. */
	private static List<Snippet> snippets(List<String> lines) {
		List<Snippet> snippets = new ArrayList<>();
		String marked = null;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			Matcher marker = MARKER.matcher(line.strip());
			if (marker.matches()) {
				marked = marker.group(1);
			} else if (line.startsWith("```")) {
				int start = i;
				List<String> block = new ArrayList<>();
				for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
					block.add(lines.get(i));
				}
				if (!line.equals("```sh")) {
					assertTrue(marked != null, "extending.md:" + (start + 1) + ": a code block with no snippet marker");
					snippets.add(new Snippet(marked, block, start + 1));
				}
				marked = null;
			} else if (!line.isBlank()) {
				marked = null;
			}
		}
		return snippets;
	}

	private static List<String> stripped(List<String> lines) {
		return lines.stream().map(String::strip).toList();
	}

	private static boolean containsLines(List<String> file, List<String> snippet) {
		for (int start = 0; start + snippet.size() <= file.size(); start++) {
			if (file.subList(start, start + snippet.size()).equals(snippet)) {
				return true;
			}
		}
		return false;
	}
}
