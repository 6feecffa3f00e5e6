package org.outsidein.diagram.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.outsidein.tests.support.Examples;

/** The example model copied into a test's folder, so that saving never touches the shipped file. */
final class ExampleCopy {

	private ExampleCopy() {
	}

	static Path in(Path folder) throws IOException {
		return Files.copy(Examples.cairnwood(), folder.resolve("cairnwood.outsidein"));
	}
}
