package org.outsidein.tests.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.internal.registry.ExtensionRegistry;
import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.framework.Bundle;

/**
 * Contributions added to the running extension registry for one test, as if a plug-in had declared them in
 * its plugin.xml, and removed again by {@link #close()}. The tests of the extension points use it to feed
 * them malformed contributions.
 */
public final class TemporaryContributions implements AutoCloseable {

	private final IExtensionRegistry registry = RegistryFactory.getRegistry();
	private final Object token = ((ExtensionRegistry) registry).getTemporaryUserToken();
	private final List<String> ids = new ArrayList<>();

	/**
	 * Adds {@code <extension>} elements in the name of a bundle, whose class loader creates their classes.
	 *
	 * @param extensions one or more {@code <extension point="..." id="...">} elements, each with an id so that
	 *                   it can be removed again
	 */
	public TemporaryContributions add(Bundle contributor, String... extensions) {
		IContributor who = ContributorFactoryOSGi.createContributor(contributor);
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plugin>\n");
		for (String extension : extensions) {
			xml.append(extension).append('\n');
			ids.add(contributor.getSymbolicName() + "." + idOf(extension));
		}
		xml.append("</plugin>\n");
		boolean added = registry.addContribution(new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)),
				who, false, "test contribution", null, token);
		if (!added) {
			throw new IllegalStateException("the registry refused the contribution:\n" + xml);
		}
		return this;
	}

	@Override
	public void close() {
		for (String id : ids) {
			IExtension extension = registry.getExtension(id);
			if (extension != null) {
				registry.removeExtension(extension, token);
			}
		}
		ids.clear();
	}

	private static String idOf(String extension) {
		int start = extension.indexOf(" id=\"");
		if (start < 0) {
			throw new IllegalArgumentException("a temporary extension needs an id: " + extension);
		}
		start += 5;
		return extension.substring(start, extension.indexOf('"', start));
	}
}
