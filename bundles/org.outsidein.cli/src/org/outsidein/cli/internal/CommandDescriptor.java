package org.outsidein.cli.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.outsidein.cli.Command;

/** A contributed command as declared in plugin.xml; its class is created only when the command runs. */
record CommandDescriptor(String name, String usage, String description, String contributor,
		IConfigurationElement element) {

	static CommandDescriptor of(IConfigurationElement element) {
		return new CommandDescriptor(element.getAttribute("name"), element.getAttribute("usage"),
				element.getAttribute("description"), element.getContributor().getName(), element);
	}

	Command create() throws CoreException {
		return (Command) element.createExecutableExtension("class");
	}
}
