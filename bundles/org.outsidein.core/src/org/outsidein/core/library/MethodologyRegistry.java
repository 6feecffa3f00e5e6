package org.outsidein.core.library;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.osgi.framework.Bundle;
import org.outsidein.core.extensions.ContributionException;
import org.outsidein.core.extensions.ExtensionReader;
import org.outsidein.core.extensions.ExtensionReader.Contributions;
import org.outsidein.model.Methodology;

/**
 * The methodologies installed: the built-in Outside Innovation one and those plug-ins contribute through
 * {@code org.outsidein.core.methodologies}. Wherever a methodology is chosen (a new model, the New Model wizard) this is
 * the list; a model then refers to the chosen methodology's file by its {@code platform:/plugin} URI.
 */
public final class MethodologyRegistry {

	public static final String EXTENSION_POINT = "org.outsidein.core.methodologies";

	/** The id of the built-in methodology. */
	public static final String OUTSIDE_INNOVATION = "outside-innovation";

	/**
	 * One installed methodology, described by its contribution (so listing them reads no file).
	 *
	 * @param basedOn the id of the methodology this one adds to, or null
	 */
	public record InstalledMethodology(String id, String name, String description, String bundle, URI uri,
			String basedOn) {
	}

	private MethodologyRegistry() {
	}

	/** Every methodology installed, the built-in one first; outside an OSGi runtime the built-in one alone. */
	public static Contributions<InstalledMethodology> read() {
		Contributions<InstalledMethodology> contributed = ExtensionReader.read(EXTENSION_POINT, "methodology",
				MethodologyRegistry::describe, InstalledMethodology::id);
		List<InstalledMethodology> all = new ArrayList<>();
		all.add(contributed.items().stream().filter(m -> m.id().equals(OUTSIDE_INNOVATION)).findFirst()
				.orElse(builtIn()));
		contributed.items().stream().filter(m -> !m.id().equals(OUTSIDE_INNOVATION)).forEach(all::add);
		return new Contributions<>(List.copyOf(all), contributed.problems());
	}

	public static List<InstalledMethodology> all() {
		return read().items();
	}

	public static Optional<InstalledMethodology> find(String id) {
		return all().stream().filter(methodology -> methodology.id().equals(id)).findFirst();
	}

	/** "outside-innovation, example.hackathons": for messages that say what can be chosen. */
	public static String ids() {
		return all().stream().map(InstalledMethodology::id).collect(Collectors.joining(", "));
	}

	/**
	 * The methodologies a new model following {@code chosen} refers to: the chosen one, then the one it is based on,
	 * and so on. The first one's scoring is the model's (see {@link MethodologyScoring}).
	 *
	 * @throws ContributionException when a methodology file cannot be read or is not a methodology, or the
	 *                               methodology it is based on is not installed; the message names the bundle
	 */
	public static List<Methodology> load(ResourceSet resourceSet, InstalledMethodology chosen)
			throws ContributionException {
		List<Methodology> chain = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (InstalledMethodology next = chosen; next != null && seen.add(next.id()); next = basis(next)) {
			chain.add(loadOne(resourceSet, next));
		}
		return chain;
	}

	private static InstalledMethodology basis(InstalledMethodology methodology) throws ContributionException {
		if (methodology.basedOn() == null) {
			return null;
		}
		return find(methodology.basedOn()).orElseThrow(() -> new ContributionException("the methodology '"
				+ methodology.id() + "' from " + methodology.bundle() + " is based on '" + methodology.basedOn()
				+ "', which is not installed (installed: " + ids() + ")"));
	}

	private static Methodology loadOne(ResourceSet resourceSet, InstalledMethodology methodology)
			throws ContributionException {
		String what = "the methodology '" + methodology.id() + "' from " + methodology.bundle();
		Resource resource;
		try {
			resource = resourceSet.getResource(methodology.uri(), true);
		} catch (RuntimeException e) {
			// a broken file stays out of the resource set, so that asking again reports it again
			resourceSet.getResources().remove(resourceSet.getResource(methodology.uri(), false));
			Throwable cause = e instanceof WrappedException && e.getCause() != null ? e.getCause() : e;
			throw new ContributionException(what + " cannot be read: " + cause.getMessage(), e);
		}
		EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
		if (!(root instanceof Methodology loaded)) {
			throw new ContributionException(what + ": " + methodology.uri() + " holds "
					+ (root == null ? "nothing" : "a " + root.eClass().getName()) + ", not a Methodology");
		}
		return loaded;
	}

	private static InstalledMethodology builtIn() {
		return new InstalledMethodology(OUTSIDE_INNOVATION, "Outside Innovation", "", "org.outsidein.core",
				MethodologyLibrary.OUTSIDE_INNOVATION, null);
	}

	private static InstalledMethodology describe(IConfigurationElement element) throws ContributionException {
		String id = ExtensionReader.required(element, "id");
		String name = ExtensionReader.required(element, "name");
		String file = ExtensionReader.required(element, "file");
		String bundle = element.getContributor().getName();
		checkInBundle(bundle, file);
		return new InstalledMethodology(id, name, ExtensionReader.childText(element, "description"), bundle,
				URI.createPlatformPluginURI(bundle + "/" + file, true),
				ExtensionReader.optional(element, "basedOn", null));
	}

	/** A file named in plugin.xml but left out of the jar (bin.includes) is the usual mistake: say so at once. */
	private static void checkInBundle(String bundleName, String file) throws ContributionException {
		Bundle bundle = Platform.getBundle(bundleName);
		if (bundle != null && bundle.getEntry(file) == null) {
			throw new ContributionException("the bundle holds no file '" + file
					+ "' (is its folder listed in bin.includes of build.properties?)");
		}
	}
}
