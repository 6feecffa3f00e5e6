package org.outsidein.interchange.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The CSV and mapping files under fixtures/, written as CRM and HR systems write them; tests only read them. */
final class Fixtures {

	private Fixtures() {
	}

	/** Tests run in their bundle's folder. */
	static Path path(String name) {
		Path file = Path.of("fixtures", name).toAbsolutePath();
		if (!Files.isRegularFile(file)) {
			throw new IllegalStateException("no fixture " + file);
		}
		return file;
	}

	static String text(String name) {
		return path(name).toString();
	}
}
