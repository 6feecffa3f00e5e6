package org.outsidein.cli.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.outsidein.cli.Command;
import org.outsidein.cli.CommandContext;
import org.outsidein.cli.ExitCodes;
import org.outsidein.cli.ProductVersion;
import org.outsidein.cli.TextTable;
import org.outsidein.cli.UsageException;
import org.outsidein.core.extensions.ContributionException;

/**
 * The {@code outsidein} command line: finds the command named by the first argument and runs it. User
 * errors end as one line on standard error and exit code 2, never as a stack trace; a fault of the program or a
 * plug-in ends as one line naming a log with the details, and exit code 3.
 */
public final class CommandLine {

	private static final String PROGRAM = "outsidein";

	private final CommandRegistry registry;
	private final CommandContext context;
	private final String version;

	CommandLine(CommandRegistry registry, CommandContext context, String version) {
		this.registry = registry;
		this.context = context;
		this.version = version;
	}

	/** A command line over every command contributed in the running platform. */
	public static CommandLine withContributedCommands(CommandContext context) {
		return new CommandLine(CommandRegistry.fromExtensions(), context, ProductVersion.current());
	}

	public int run(String... args) {
		List<String> arguments = Arrays.asList(args);
		if (arguments.isEmpty() || isHelp(arguments.get(0)) || "help".equals(arguments.get(0))
				&& arguments.size() == 1) {
			printHelp();
			return ExitCodes.OK;
		}
		if ("--version".equals(arguments.get(0))) {
			context.out().println("Outside-In " + version);
			return ExitCodes.OK;
		}
		if ("help".equals(arguments.get(0))) {
			return runCommand(arguments.get(1), List.of("--help"));
		}
		if (arguments.get(0).startsWith("-")) {
			return usageError("unknown option " + arguments.get(0) + "; see '" + PROGRAM + " --help'");
		}
		return runCommand(arguments.get(0), arguments.subList(1, arguments.size()));
	}

	private int runCommand(String name, List<String> arguments) {
		CommandDescriptor descriptor = registry.find(name).orElse(null);
		if (descriptor == null) {
			return usageError("unknown command '" + name + "'; see '" + PROGRAM + " --help'");
		}
		if (arguments.stream().anyMatch(CommandLine::isHelp)) {
			printCommandHelp(descriptor);
			return ExitCodes.OK;
		}
		try {
			Command command = descriptor.create();
			return command.run(arguments, context);
		} catch (UsageException e) {
			return usageError(name + ": " + e.getMessage() + "\nusage: " + PROGRAM + " " + descriptor.usage());
		} catch (IOException e) {
			return usageError(e.getMessage());
		} catch (ContributionException e) {
			return usageError(e.getMessage());
		} catch (Exception | StackOverflowError | OutOfMemoryError | LinkageError e) {
			// A bug, not a user error: one line, and the details in a log for the bug report.
			context.err().println(PROGRAM + ": internal error in '" + name + "' (" + descriptor.contributor() + "): " + e
					+ InternalErrorLog.write(name, e));
			if (System.getenv("OUTSIDEIN_DEBUG") != null) {
				e.printStackTrace(context.err());
			}
			return ExitCodes.INTERNAL_ERROR;
		}
	}

	private static boolean isHelp(String argument) {
		return "--help".equals(argument) || "-h".equals(argument);
	}

	private int usageError(String message) {
		context.err().println(PROGRAM + ": " + message);
		return ExitCodes.ERROR;
	}

	private void printHelp() {
		context.out().println("Outside-In " + version + ": model and assess customer-led innovation.");
		context.out().println();
		context.out().println("Usage: " + PROGRAM + " COMMAND [ARGUMENTS]");
		context.out().println("       " + PROGRAM + " COMMAND --help | --help | --version");
		context.out().println();
		context.out().println("Commands:");
		TextTable table = new TextTable("  ", "lll");
		for (CommandDescriptor command : registry.all()) {
			table.row(command.name(), command.description(), "[" + command.contributor() + "]");
		}
		table.print(context.out());
		for (String problem : registry.problems()) {
			context.out().println("  note: " + problem);
		}
		context.out().println();
		context.out().println("Exit codes: 0 done, 1 findings at or above the failure threshold, 2 usage or file error.");
	}

	private void printCommandHelp(CommandDescriptor command) {
		context.out().println("Usage: " + PROGRAM + " " + command.usage());
		context.out().println();
		context.out().println(command.description());
		context.out().println("(contributed by " + command.contributor() + ")");
	}
}
