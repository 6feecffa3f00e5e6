package org.outsidein.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.outsidein.reports.internal.ExtensionGenerators;

/**
 * Runs report generators. Each runs isolated: a generator that fails is reported and the others still
 * write their files.
 */
public final class ReportService {

	private final List<GeneratorDescriptor> generators;

	public ReportService(List<GeneratorDescriptor> generators) {
		this.generators = List.copyOf(generators);
	}

	public static ReportService fromExtensions() {
		return new ReportService(ExtensionGenerators.read());
	}

	public List<GeneratorDescriptor> generators() {
		return generators;
	}

	/** The generators writing any of the formats, in contribution order. */
	public List<GeneratorDescriptor> forFormats(List<String> formats) {
		return generators.stream().filter(g -> formats.stream().anyMatch(f -> f.equalsIgnoreCase(g.format()))).toList();
	}

	public List<GeneratorOutcome> generate(ReportInput input, List<GeneratorDescriptor> selected, Path folder,
			IProgressMonitor monitor) throws java.io.IOException {
		Files.createDirectories(folder);
		SubMonitor progress = SubMonitor.convert(monitor, "Writing reports", selected.size());
		List<GeneratorOutcome> outcomes = new ArrayList<>();
		for (GeneratorDescriptor generator : selected) {
			SubMonitor step = progress.split(1);
			step.setTaskName(generator.name());
			try {
				outcomes.add(new GeneratorOutcome(generator, generator.create().generate(input, folder, step), null));
			} catch (Exception | LinkageError e) {
				// A broken generator must not cost the user the other formats.
				outcomes.add(new GeneratorOutcome(generator, List.of(), "generator '" + generator.id() + "' from "
						+ generator.contributor() + " failed: " + e));
			}
		}
		return outcomes;
	}
}
