package org.outsidein.cli;

import java.util.List;

/**
 * A sub-command of the {@code outsidein} command line, contributed through the
 * {@code org.outsidein.cli.commands} extension point.
 */
public interface Command {

	/**
	 * Runs the command.
	 *
	 * @param arguments what followed the command's name on the command line
	 * @return the exit code, one of {@link ExitCodes}
	 * @throws UsageException for a user error, reported on one line with exit code 2
	 * @throws java.io.IOException for a file that cannot be read or written, reported the same way
	 */
	int run(List<String> arguments, CommandContext context) throws Exception;
}
