package org.outsidein.validation.format;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A way to write validation results: for people, scripts, or CI dashboards. */
public interface ResultFormat {

	void write(ValidationReport report, Writer out) throws IOException;

	/** The formats by the names {@code --format} takes. */
	static Optional<ResultFormat> named(String name) {
		return switch (name.toLowerCase(Locale.ROOT)) {
		case "text" -> Optional.of(new TextFormat());
		case "json" -> Optional.of(new JsonFormat());
		case "junit" -> Optional.of(new JUnitFormat());
		case "sarif" -> Optional.of(new SarifFormat());
		default -> Optional.empty();
		};
	}

	List<String> NAMES = List.of("text", "json", "junit", "sarif");
}
