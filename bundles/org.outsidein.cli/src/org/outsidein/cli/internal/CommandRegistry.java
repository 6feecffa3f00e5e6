package org.outsidein.cli.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.outsidein.core.extensions.ExtensionReader;
import org.outsidein.core.extensions.ExtensionReader.Contributions;

/** The commands contributed to {@code org.outsidein.cli.commands}, by name. */
final class CommandRegistry {

	static final String EXTENSION_POINT = "org.outsidein.cli.commands";

	private final Map<String, CommandDescriptor> commands = new TreeMap<>();
	private final List<String> problems;

	private CommandRegistry(Contributions<CommandDescriptor> contributions) {
		contributions.items().forEach(command -> commands.put(command.name(), command));
		problems = contributions.problems();
	}

	static CommandRegistry fromExtensions() {
		return new CommandRegistry(
				ExtensionReader.read(EXTENSION_POINT, "command", CommandDescriptor::of, CommandDescriptor::name));
	}

	Optional<CommandDescriptor> find(String name) {
		return Optional.ofNullable(commands.get(name));
	}

	Collection<CommandDescriptor> all() {
		return Collections.unmodifiableCollection(commands.values());
	}

	/** One line per contribution that could not be read, naming its bundle. */
	List<String> problems() {
		return problems;
	}
}
