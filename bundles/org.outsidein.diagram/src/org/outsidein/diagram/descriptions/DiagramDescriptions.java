package org.outsidein.diagram.descriptions;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.emf.common.util.URI;
import org.outsidein.core.extensions.ContributionException;
import org.outsidein.core.extensions.ExtensionReader;
import org.outsidein.core.extensions.ExtensionReader.Contributions;

/**
 * The descriptions contributed through {@code org.outsidein.diagram.descriptions}, each read from its file and
 * checked against its metamodel. A contribution whose file is missing or malformed, or whose expressions do not
 * type-check, is reported (naming its bundle, file, mapping and expression) and skipped; the others are used.
 */
public final class DiagramDescriptions {

	public static final String EXTENSION_POINT = "org.outsidein.diagram.descriptions";

	private DiagramDescriptions() {
	}

	/** Reads the extension point now (descriptions are small; reading them all takes milliseconds). */
	public static Contributions<CompiledDescription> read() {
		return ExtensionReader.read(EXTENSION_POINT, "diagram description", DiagramDescriptions::describe,
				CompiledDescription::id);
	}

	public static Optional<CompiledDescription> find(String id) {
		return read().items().stream().filter(description -> description.id().equals(id)).findFirst();
	}

	/** The descriptions whose root class the given element is an instance of, in contribution order. */
	public static List<CompiledDescription> applicableTo(org.eclipse.emf.ecore.EObject root) {
		return read().items().stream().filter(description -> description.rootClass().isInstance(root)).toList();
	}

	private static CompiledDescription describe(IConfigurationElement element) throws ContributionException {
		String id = ExtensionReader.required(element, "id");
		String file = ExtensionReader.required(element, "file");
		URI uri = URI.createPlatformPluginURI(element.getContributor().getName() + "/" + file, true);
		try {
			CompiledDescription description = DescriptionCompiler.compile(DescriptionFiles.load(uri), file);
			if (!description.id().equals(id)) {
				throw new ContributionException("'" + file + "' describes '" + description.id() + "', not '" + id + "'");
			}
			return description;
		} catch (DescriptionException e) {
			throw new ContributionException(e.getMessage(), e);
		}
	}
}
