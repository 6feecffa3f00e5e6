package org.outsidein.cli.internal;

import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.outsidein.cli.CommandContext;

/** The headless Equinox application behind {@code outsidein COMMAND ...}: returns the command's exit code. */
public class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		Path workingDirectory = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
		CommandContext commandContext = new CommandContext(System.out, System.err, workingDirectory, LocalDate.now());
		int exitCode = CommandLine.withContributedCommands(commandContext).run(args == null ? new String[0] : args);
		System.out.flush();
		System.err.flush();
		return Integer.valueOf(exitCode);
	}

	@Override
	public void stop() {
		// commands run to completion; nothing to interrupt
	}
}
