package org.outsidein.diagram.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.cli.internal.CapturedRun;
import org.outsidein.tests.support.Examples;

/**
 * {@code outsidein serve}'s refusals, each before anything is served, in the analyst's words (a served run does not end
 * by itself: the web tests drive it in a browser).
 */
class ServeCommandTest {

	@TempDir
	Path folder;

	private CapturedRun run(String... args) {
		return CapturedRun.run(folder, LocalDate.of(2026, 11, 25), args);
	}

	@Test
	void anUnknownDiagramNamesTheOnesThereAre() {
		CapturedRun serve = run("serve", Examples.cairnwood().toString(), "--diagram", "acme.none");
		assertEquals(2, serve.exitCode());
		assertTrue(serve.err().contains("no diagram 'acme.none' for this model; there are [")
				&& serve.err().contains("outsidein.ecosystem"), serve.err());
	}

	@Test
	void aDescriptionFileThatDoesNotTypeCheckIsNamedWithItsExpression() throws Exception {
		Path source = Examples.folder().resolve("org.outsidein.example.diagram/descriptions/lead-user-inventions.diagram");
		Path broken = folder.resolve("broken.diagram");
		Files.writeString(broken, Files.readString(source).replace("self.outcome", "self.outcomez"));
		CapturedRun serve = run("serve", Examples.cairnwood().toString(), "--description-file", broken.toString());
		assertEquals(2, serve.exitCode());
		assertTrue(serve.err().contains("broken.diagram") && serve.err().contains("outcomez"), serve.err());
	}

	@Test
	void aFileThatIsNoDescriptionIsRefused() throws Exception {
		Path notOne = Files.writeString(folder.resolve("notes.diagram"), "just some notes");
		CapturedRun serve = run("serve", Examples.cairnwood().toString(), "--description-file", notOne.toString());
		assertEquals(2, serve.exitCode());
		assertTrue(serve.err().contains("notes.diagram"), serve.err());
	}

	@Test
	void aBadPortIsAUsageError() {
		CapturedRun serve = run("serve", Examples.cairnwood().toString(), "--port", "70000");
		assertEquals(2, serve.exitCode());
		assertTrue(serve.err().contains("--port takes a port number"), serve.err());
	}
}
