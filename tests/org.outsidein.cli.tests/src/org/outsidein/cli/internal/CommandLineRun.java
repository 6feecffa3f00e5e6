package org.outsidein.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import org.outsidein.cli.CommandContext;

/** One run of the command line in this JVM, with what it printed and its exit code. */
record CommandLineRun(int exitCode, String out, String err) {

	static CommandLineRun run(Path workingDirectory, LocalDate today, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		CommandContext context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), workingDirectory, today);
		int exitCode = CommandLine.withContributedCommands(context).run(args);
		return new CommandLineRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}
}
