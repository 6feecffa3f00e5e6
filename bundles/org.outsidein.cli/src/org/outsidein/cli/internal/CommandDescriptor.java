package org.outsidein.cli.internal;

import org.eclipse.core.runtime.IConfigurationElement;
import org.outsidein.cli.Command;
import org.outsidein.core.extensions.ContributionException;
import org.outsidein.core.extensions.ExtensionReader;

/** A contributed command as declared in plugin.xml; its class is created only when the command runs. */
record CommandDescriptor(String name, String usage, String description, String contributor,
		IConfigurationElement element) {

	static CommandDescriptor of(IConfigurationElement element) throws ContributionException {
		String name = ExtensionReader.required(element, "name");
		ExtensionReader.required(element, "class");
		return new CommandDescriptor(name, ExtensionReader.optional(element, "usage", name),
				ExtensionReader.optional(element, "description", ""), element.getContributor().getName(), element);
	}

	Command create() throws ContributionException {
		return ExtensionReader.create(element, "class", Command.class, "command '" + name + "'");
	}
}
