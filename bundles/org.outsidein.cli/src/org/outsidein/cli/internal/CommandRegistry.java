package org.outsidein.cli.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/** The commands contributed to {@code org.outsidein.cli.commands}, by name. */
final class CommandRegistry {

	static final String EXTENSION_POINT = "org.outsidein.cli.commands";

	private final Map<String, CommandDescriptor> commands = new TreeMap<>();
	private final List<String> problems = new ArrayList<>();

	static CommandRegistry fromExtensions() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		CommandRegistry commands = new CommandRegistry();
		if (registry != null) {
			for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
				commands.add(element);
			}
		}
		return commands;
	}

	private void add(IConfigurationElement element) {
		CommandDescriptor descriptor = CommandDescriptor.of(element);
		if (descriptor.name() == null || descriptor.name().isBlank()) {
			problems.add(descriptor.contributor() + " contributes a command without a name; ignored");
			return;
		}
		CommandDescriptor earlier = commands.putIfAbsent(descriptor.name(), descriptor);
		if (earlier != null) {
			problems.add(descriptor.contributor() + " contributes a second '" + descriptor.name()
					+ "' command; the one from " + earlier.contributor() + " is used");
		}
	}

	Optional<CommandDescriptor> find(String name) {
		return Optional.ofNullable(commands.get(name));
	}

	Collection<CommandDescriptor> all() {
		return Collections.unmodifiableCollection(commands.values());
	}

	List<String> problems() {
		return Collections.unmodifiableList(problems);
	}
}
