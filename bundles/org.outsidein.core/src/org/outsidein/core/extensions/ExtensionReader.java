package org.outsidein.core.extensions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.InvalidRegistryObjectException;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * Reads the contributions to one extension point, each in isolation. A contribution that cannot be read
 * (a missing attribute, a bad value, a duplicate id, anything the reading throws) is reported once, naming
 * the bundle it comes from, and skipped; every other contribution is read as usual. Contributed classes are
 * created only when they are used ({@link #create}), as EMF's registries do, so that start-up stays fast.
 * <p>
 * The validation rules, the report generators and the commands are all read this way.
 */
public final class ExtensionReader {

	/** Problems already logged in this run, so that reading a registry again does not repeat them. */
	private static final Set<String> LOGGED = ConcurrentHashMap.newKeySet();

	/** Reads one contribution into a descriptor, or says why it cannot. */
	@FunctionalInterface
	public interface Describer<T> {
		T describe(IConfigurationElement element) throws ContributionException;
	}

	/**
	 * What an extension point holds.
	 *
	 * @param items    one descriptor per usable contribution, in registry order
	 * @param problems one line per contribution skipped: "bundle: what ignored: why"
	 */
	public record Contributions<T>(List<T> items, List<String> problems) {
	}

	private ExtensionReader() {
	}

	/**
	 * @param what what one contribution is, for messages ("validation rule")
	 * @param idOf the id that must be unique among the contributions (the first one wins)
	 */
	public static <T> Contributions<T> read(String extensionPoint, String what, Describer<T> describer,
			Function<T, String> idOf) {
		List<T> items = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return new Contributions<>(items, problems);
		}
		Map<String, String> seen = new HashMap<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(extensionPoint)) {
			String bundle = contributor(element);
			try {
				T item = describer.describe(element);
				String earlier = seen.putIfAbsent(idOf.apply(item), bundle);
				if (earlier != null) {
					throw new ContributionException("a second " + what + " '" + idOf.apply(item)
							+ "'; the one from " + earlier + " is used");
				}
				items.add(item);
			} catch (ContributionException e) {
				problems.add(report(bundle + ": " + what + " ignored: " + e.getMessage()));
			} catch (RuntimeException | LinkageError e) {
				// Whatever a contribution does wrong must not cost the user every other contribution.
				problems.add(report(bundle + ": " + what + " ignored: " + e));
			}
		}
		return new Contributions<>(Collections.unmodifiableList(items), Collections.unmodifiableList(problems));
	}

	/** An attribute that must be there and not blank. */
	public static String required(IConfigurationElement element, String attribute) throws ContributionException {
		String value = element.getAttribute(attribute);
		if (value == null || value.isBlank()) {
			throw new ContributionException("missing attribute '" + attribute + "'");
		}
		return value.strip();
	}

	/** An attribute that may be left out. */
	public static String optional(IConfigurationElement element, String attribute, String fallback) {
		String value = element.getAttribute(attribute);
		return value == null || value.isBlank() ? fallback : value.strip();
	}

	/** The text of an optional child such as {@code <description>}, white space collapsed; "" when absent or empty. */
	public static String childText(IConfigurationElement element, String child) {
		IConfigurationElement[] children = element.getChildren(child);
		String text = children.length == 0 ? null : children[0].getValue();
		return text == null ? "" : text.strip().replaceAll("\\s+", " ");
	}

	/**
	 * Creates the class a contribution names. Anything that goes wrong (an unknown class, a class of the wrong
	 * type, a constructor that throws, a class that cannot be linked) comes back as one exception naming the
	 * bundle; it is also logged once.
	 *
	 * @param what what the contribution is, for the message ("report generator 'x'")
	 */
	public static <T> T create(IConfigurationElement element, String attribute, Class<T> type, String what)
			throws ContributionException {
		String bundle;
		try {
			bundle = contributor(element);
		} catch (InvalidRegistryObjectException e) {
			throw new ContributionException(what + " is no longer installed", e);
		}
		String prefix = what + " from " + bundle + " cannot be created: ";
		try {
			Object created = element.createExecutableExtension(attribute);
			if (!type.isInstance(created)) {
				throw failure(prefix + created.getClass().getName() + " is not a " + type.getSimpleName(), null);
			}
			return type.cast(created);
		} catch (CoreException e) {
			Throwable cause = e.getStatus().getException() != null ? e.getStatus().getException() : e;
			throw failure(prefix + e.getStatus().getMessage() + causeText(cause, e), e);
		} catch (RuntimeException | LinkageError e) {
			throw failure(prefix + e, e);
		}
	}

	/**
	 * What a descriptor keeps to create the contributed class when it is first used ({@link #create}); a class that
	 * cannot be created then is an {@link IllegalStateException} with the same message, logged once.
	 */
	public static <T> Supplier<T> factory(IConfigurationElement element, String attribute, Class<T> type, String what) {
		return () -> {
			try {
				return create(element, attribute, type, what);
			} catch (ContributionException e) {
				throw new IllegalStateException(e.getMessage(), e);
			}
		};
	}

	private static String causeText(Throwable cause, CoreException wrapper) {
		return cause == wrapper || cause.getMessage() == null ? "" : " (" + cause + ")";
	}

	private static ContributionException failure(String message, Throwable cause) {
		report(message);
		return new ContributionException(message, cause);
	}

	private static String contributor(IConfigurationElement element) {
		return element.getContributor().getName();
	}

	private static String report(String problem) {
		if (LOGGED.add(problem)) {
			ILog.of(ExtensionReader.class).warn(problem);
		}
		return problem;
	}
}
