package org.outsidein.tests.support;

import java.nio.file.Path;

/** The models under examples/ that ship with Outside-In, as the test runtime finds them. */
public final class Examples {

	private Examples() {
	}

	/** The examples folder: the build passes it as {@code outsidein.examples}; from a bundle's folder, ../../examples. */
	public static Path folder() {
		return Path.of(System.getProperty("outsidein.examples", "../../examples")).toAbsolutePath().normalize();
	}

	public static Path cairnwood() {
		return folder().resolve("cairnwood-outdoor.outsidein");
	}
}
