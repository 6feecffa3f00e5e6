package org.outsidein.cli.internal.broken;

import java.util.List;

import org.outsidein.cli.Command;
import org.outsidein.cli.CommandContext;

/** A contributed command with a bug: it fails with whatever its first argument names. */
public class BuggyCommand implements Command {

	@Override
	public int run(List<String> arguments, CommandContext context) {
		if (arguments.contains("overflow")) {
			return recurse(0);
		}
		String missing = null;
		return missing.length();
	}

	private int recurse(int depth) {
		return recurse(depth + 1) + 1;
	}
}
