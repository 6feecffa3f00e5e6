package org.outsidein.reports;

import java.util.function.Supplier;

/** A generator as contributed: what it writes, and how to create it when it is needed. */
public record GeneratorDescriptor(String id, String name, String format, String description, String contributor,
		Supplier<ReportGenerator> factory) {

	public ReportGenerator create() {
		return factory.get();
	}
}
