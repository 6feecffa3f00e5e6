package org.outsidein.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What a command runs with: where to print, which folder relative paths start from, and what day it is
 * (tests fix the day; the real command line uses the system clock).
 */
public record CommandContext(PrintStream out, PrintStream err, Path workingDirectory, LocalDate today) {

	/** A path given on the command line, relative to the working directory. */
	public Path path(String argument) {
		return workingDirectory.resolve(argument).normalize();
	}

	/** A path as the user wrote it, for messages. */
	public Path display(Path path) {
		Path absolute = path.toAbsolutePath().normalize();
		return absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute) : absolute;
	}
}
