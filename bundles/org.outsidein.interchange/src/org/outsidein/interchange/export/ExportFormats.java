package org.outsidein.interchange.export;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.outsidein.core.extensions.ContributionException;
import org.outsidein.core.extensions.ExtensionReader;

/**
 * Reads {@code org.outsidein.interchange.formats}: the formats {@code outsidein export} knows. A bad contribution
 * is reported and skipped; a format's class is only created when it is used, so an installed Parquet engine costs
 * nothing to a CSV export.
 */
public final class ExportFormats {

	public static final String EXTENSION_POINT = "org.outsidein.interchange.formats";

	private ExportFormats() {
	}

	/** The formats installed, in registry order. */
	public static List<ExportFormatDescriptor> installed() {
		return ExtensionReader.read(EXTENSION_POINT, "export format", ExportFormats::describe,
				ExportFormatDescriptor::name).items();
	}

	/** The format a word names, ignoring case. */
	public static Optional<ExportFormatDescriptor> named(String word) {
		return installed().stream().filter(format -> format.name().equalsIgnoreCase(word)).findFirst();
	}

	/** "csv, json, parquet": the words --format takes, for messages. */
	public static String names() {
		return String.join(", ", installed().stream().map(ExportFormatDescriptor::name).toList());
	}

	private static ExportFormatDescriptor describe(IConfigurationElement element) throws ContributionException {
		String name = ExtensionReader.required(element, "name").toLowerCase(Locale.ROOT);
		ExtensionReader.required(element, "class");
		return new ExportFormatDescriptor(name, ExtensionReader.optional(element, "description", ""),
				element.getContributor().getName(),
				ExtensionReader.factory(element, "class", ExportFormat.class, "export format '" + name + "'"));
	}
}
