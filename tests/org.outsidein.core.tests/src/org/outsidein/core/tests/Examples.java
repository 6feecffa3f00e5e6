package org.outsidein.core.tests;

import java.nio.file.Path;

/** The models under examples/ that ship with Outside-In. */
public final class Examples {

	private Examples() {
	}

	public static Path cairnwood() {
		String folder = System.getProperty("outsidein.examples", "../../examples");
		return Path.of(folder, "cairnwood-outdoor.outsidein").toAbsolutePath().normalize();
	}
}
