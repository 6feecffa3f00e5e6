package org.outsidein.reports.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.outsidein.reports.GeneratorDescriptor;
import org.outsidein.reports.ReportGenerator;

/** Reads {@code org.outsidein.reports.generators}; a contribution without id, format or class is logged and skipped. */
public final class ExtensionGenerators {

	public static final String EXTENSION_POINT = "org.outsidein.reports.generators";

	private ExtensionGenerators() {
	}

	public static List<GeneratorDescriptor> read() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		List<GeneratorDescriptor> generators = new ArrayList<>();
		if (registry == null) {
			return generators;
		}
		Set<String> ids = new HashSet<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			String id = element.getAttribute("id");
			String format = element.getAttribute("format");
			String contributor = element.getContributor().getName();
			if (id == null || format == null || element.getAttribute("class") == null || !ids.add(id)) {
				ILog.of(ExtensionGenerators.class).warn("Report generator from " + contributor
						+ " ignored: it needs a unique id, a format and a class");
				continue;
			}
			String name = element.getAttribute("name") == null ? id : element.getAttribute("name");
			String description = element.getAttribute("description") == null ? "" : element.getAttribute("description");
			generators.add(new GeneratorDescriptor(id, name, format, description, contributor, () -> create(element)));
		}
		return generators;
	}

	private static ReportGenerator create(IConfigurationElement element) {
		try {
			return (ReportGenerator) element.createExecutableExtension("class");
		} catch (CoreException e) {
			throw new IllegalStateException("cannot create " + element.getAttribute("class") + ": "
					+ e.getStatus().getMessage(), e);
		}
	}
}
