package org.outsidein.core.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.ManifestElement;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The plug-ins copied into a dropins folder that are not running, and why, in the words of whoever dropped them. p2's
 * reconciler leaves out a plug-in whose requirements no installed plug-in meets and says so nowhere; the command line
 * and the workbench say it at every start, until the plug-in is mended or taken out.
 */
public final class DroppedPlugins {

	/** Where the launcher points p2's reconciler besides the installation's own {@code dropins/} (./outsidein does). */
	public static final String DIRECTORY_PROPERTY = "org.eclipse.equinox.p2.reconciler.dropins.directory";
	private static final String MANIFEST = "META-INF/MANIFEST.MF";
	/** dropins/X.jar, dropins/X/plugins/Y.jar and dropins/X/eclipse/plugins/Y.jar, as the reconciler reads them. */
	private static final int DEPTH = 3;

	private DroppedPlugins() {
	}

	/** The dropins folders of the running installation that exist. */
	public static List<Path> folders() {
		Set<Path> folders = new LinkedHashSet<>();
		Location install = Platform.getInstallLocation();
		if (install != null && install.getURL() != null && "file".equals(install.getURL().getProtocol())) {
			try {
				folders.add(Path.of(install.getURL().toURI()).resolve("dropins"));
			} catch (URISyntaxException | IllegalArgumentException e) {
				// an install area that is no plain folder has no dropins of ours
			}
		}
		String elsewhere = System.getProperty(DIRECTORY_PROPERTY);
		if (elsewhere != null && !elsewhere.isBlank()) {
			folders.add(Path.of(elsewhere));
		}
		return folders.stream().filter(Files::isDirectory).map(Path::toAbsolutePath).map(Path::normalize).distinct()
				.toList();
	}

	/** One sentence for each plug-in in the folders that the running platform does not run, naming what it lacks. */
	public static List<String> problems(List<Path> folders, BundleContext context) {
		Installed installed = new Installed(context.getBundles());
		List<String> problems = new ArrayList<>();
		for (Path folder : folders) {
			for (Path dropped : dropped(folder)) {
				String problem = problem(dropped, installed);
				if (problem != null) {
					problems.add(problem);
				}
			}
		}
		return problems;
	}

	/** The plug-ins in a folder: jars and plug-in folders, and those in its subfolders (not in features/). */
	private static List<Path> dropped(Path folder) {
		List<Path> dropped = new ArrayList<>();
		collect(folder, 1, dropped);
		return dropped;
	}

	private static void collect(Path folder, int depth, List<Path> dropped) {
		List<Path> entries;
		try (Stream<Path> list = Files.list(folder)) {
			entries = list.sorted(Comparator.naturalOrder()).toList();
		} catch (IOException e) {
			return;
		}
		for (Path entry : entries) {
			if (Files.isRegularFile(entry) && entry.getFileName().toString().endsWith(".jar")
					|| Files.isRegularFile(entry.resolve(MANIFEST))) {
				dropped.add(entry);
			} else if (Files.isDirectory(entry) && depth < DEPTH && !"features".equals(entry.getFileName().toString())) {
				collect(entry, depth + 1, dropped);
			}
		}
	}

	private static String problem(Path dropped, Installed installed) {
		String name = dropped.toString();
		Manifest manifest;
		try {
			manifest = manifestOf(dropped);
		} catch (IOException e) {
			return name + " cannot be read as a plug-in (" + e.getMessage() + "); it was left out.";
		}
		String symbolicName = manifest == null ? null : manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
		if (symbolicName == null) {
			return name + " is not a plug-in (its manifest names no Bundle-SymbolicName); it was left out.";
		}
		try {
			String id = ManifestElement.parseHeader(Constants.BUNDLE_SYMBOLICNAME, symbolicName)[0].getValue();
			Version version = Version.parseVersion(manifest.getMainAttributes().getValue(Constants.BUNDLE_VERSION));
			Bundle running = installed.bundle(id, version);
			if (running != null && (running.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) != 0) {
				return null;
			}
			List<String> lacks = installed.lacking(manifest);
			String what = name + " (" + id + " " + version + ") " + (running == null ? "was not installed" : "does not start");
			return lacks.isEmpty()
					? what + ": another plug-in of the same name, or a requirement it does not name as a plug-in or "
							+ "package, is in its way."
					: what + ": it needs " + String.join(" and ", lacks) + ", which no installed plug-in provides.";
		} catch (BundleException | IllegalArgumentException e) {
			return name + " has a manifest that cannot be read (" + e.getMessage() + "); it was left out.";
		}
	}

	private static Manifest manifestOf(Path dropped) throws IOException {
		if (Files.isDirectory(dropped)) {
			try (InputStream in = Files.newInputStream(dropped.resolve(MANIFEST))) {
				return new Manifest(in);
			}
		}
		try (JarFile jar = new JarFile(dropped.toFile())) {
			return jar.getManifest();
		}
	}

	/** The running platform's plug-ins and the packages they export. */
	private static final class Installed {

		private final Bundle[] bundles;
		private final Set<String> packages = new LinkedHashSet<>();

		Installed(Bundle[] bundles) {
			this.bundles = bundles;
			for (Bundle bundle : bundles) {
				BundleWiring wiring = bundle.adapt(BundleWiring.class);
				if (wiring != null) {
					for (BundleCapability export : wiring.getCapabilities(PackageNamespace.PACKAGE_NAMESPACE)) {
						packages.add(String.valueOf(export.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE)));
					}
				}
			}
		}

		Bundle bundle(String id, Version version) {
			for (Bundle bundle : bundles) {
				if (id.equals(bundle.getSymbolicName()) && version.equals(bundle.getVersion())) {
					return bundle;
				}
			}
			return null;
		}

		private boolean has(String id, VersionRange range) {
			for (Bundle bundle : bundles) {
				if (id.equals(bundle.getSymbolicName()) && (range == null || range.includes(bundle.getVersion()))) {
					return true;
				}
			}
			return false;
		}

		/** The required plug-ins and imported packages (not optional ones) that nothing installed provides. */
		List<String> lacking(Manifest manifest) throws BundleException {
			List<String> lacks = new ArrayList<>();
			for (ManifestElement required : elements(manifest, Constants.REQUIRE_BUNDLE)) {
				String range = required.getAttribute(Constants.BUNDLE_VERSION_ATTRIBUTE);
				if (!optional(required) && !has(required.getValue(), range == null ? null : new VersionRange(range))) {
					lacks.add("the plug-in " + required.getValue() + (range == null ? "" : " " + range));
				}
			}
			for (ManifestElement imported : elements(manifest, Constants.IMPORT_PACKAGE)) {
				for (String name : imported.getValueComponents()) {
					if (!optional(imported) && !name.startsWith("java.") && !packages.contains(name)) {
						lacks.add("the package " + name);
					}
				}
			}
			return lacks;
		}

		private static ManifestElement[] elements(Manifest manifest, String header) throws BundleException {
			ManifestElement[] elements = ManifestElement.parseHeader(header, manifest.getMainAttributes().getValue(header));
			return elements == null ? new ManifestElement[0] : elements;
		}

		private static boolean optional(ManifestElement element) {
			return Constants.RESOLUTION_OPTIONAL.equals(element.getDirective(Constants.RESOLUTION_DIRECTIVE));
		}
	}
}
