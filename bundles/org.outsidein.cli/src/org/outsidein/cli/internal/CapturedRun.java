package org.outsidein.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import org.outsidein.cli.CommandContext;

/**
 * One run of the command line in this JVM, with its exit code and what it printed: how tests, and a
 * workbench that wants a command's output, run commands without starting a process.
 */
public record CapturedRun(int exitCode, String out, String err) {

	public static CapturedRun run(Path workingDirectory, LocalDate today, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		CommandContext context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), workingDirectory, today);
		int exitCode = CommandLine.withContributedCommands(context).run(args);
		return new CapturedRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}
}
