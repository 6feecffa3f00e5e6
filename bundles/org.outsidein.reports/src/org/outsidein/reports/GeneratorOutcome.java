package org.outsidein.reports;

import java.nio.file.Path;
import java.util.List;

/** What one generator did: the files it wrote, or why it failed. */
public record GeneratorOutcome(GeneratorDescriptor generator, List<Path> files, String failure) {

	public boolean succeeded() {
		return failure == null;
	}
}
