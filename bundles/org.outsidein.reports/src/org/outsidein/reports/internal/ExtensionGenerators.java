package org.outsidein.reports.internal;

import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.outsidein.core.extensions.ContributionException;
import org.outsidein.core.extensions.ExtensionReader;
import org.outsidein.core.extensions.ExtensionReader.Contributions;
import org.outsidein.reports.GeneratorDescriptor;
import org.outsidein.reports.ReportGenerator;

/** Reads {@code org.outsidein.reports.generators}; a bad contribution is reported and skipped. */
public final class ExtensionGenerators {

	public static final String EXTENSION_POINT = "org.outsidein.reports.generators";

	private ExtensionGenerators() {
	}

	public static List<GeneratorDescriptor> read() {
		return contributions().items();
	}

	/** The generators and the contributions that could not be read. */
	public static Contributions<GeneratorDescriptor> contributions() {
		return ExtensionReader.read(EXTENSION_POINT, "report generator", ExtensionGenerators::describe,
				GeneratorDescriptor::id);
	}

	private static GeneratorDescriptor describe(IConfigurationElement element) throws ContributionException {
		String id = ExtensionReader.required(element, "id");
		String format = ExtensionReader.required(element, "format");
		ExtensionReader.required(element, "class");
		return new GeneratorDescriptor(id, ExtensionReader.optional(element, "name", id), format,
				ExtensionReader.optional(element, "description", ""), element.getContributor().getName(),
				ExtensionReader.factory(element, "class", ReportGenerator.class, "report generator '" + id + "'"));
	}
}
