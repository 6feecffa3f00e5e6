package org.outsidein.interchange.export;

import java.util.function.Supplier;

/** An export format as contributed: the word {@code --format} selects it by, and how to create it when needed. */
public record ExportFormatDescriptor(String name, String description, String contributor,
		Supplier<ExportFormat> factory) {

	public ExportFormat create() {
		return factory.get();
	}
}
