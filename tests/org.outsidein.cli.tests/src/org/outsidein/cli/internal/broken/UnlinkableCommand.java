package org.outsidein.cli.internal.broken;

import java.util.List;

import org.outsidein.cli.Command;
import org.outsidein.cli.CommandContext;

/** A contributed command whose class cannot be initialised: loading it ends in a LinkageError. */
public class UnlinkableCommand implements Command {

	private static final int BROKEN = Integer.parseInt("not a number");

	@Override
	public int run(List<String> arguments, CommandContext context) {
		return BROKEN;
	}
}
