package org.outsidein.cli.internal.broken;

import java.util.List;

import org.outsidein.cli.Command;
import org.outsidein.cli.CommandContext;

/** A contributed command that cannot even be created. */
public class ThrowingConstructorCommand implements Command {

	public ThrowingConstructorCommand() {
		throw new IllegalStateException("this command refuses to be created");
	}

	@Override
	public int run(List<String> arguments, CommandContext context) {
		return 0;
	}
}
