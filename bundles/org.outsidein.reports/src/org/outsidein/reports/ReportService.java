package org.outsidein.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.outsidein.core.extensions.ExtensionReader.Contributions;
import org.outsidein.reports.internal.ExtensionGenerators;

/**
 * Runs report generators. Each runs isolated: a generator that fails is reported and the others still
 * write their files.
 */
public final class ReportService {

	private final List<GeneratorDescriptor> generators;
	private final List<String> problems;

	public ReportService(List<GeneratorDescriptor> generators) {
		this(generators, List.of());
	}

	/** @param problems the contributions that could not be read, one line each naming its bundle */
	public ReportService(List<GeneratorDescriptor> generators, List<String> problems) {
		this.generators = List.copyOf(generators);
		this.problems = List.copyOf(problems);
	}

	public static ReportService fromExtensions() {
		Contributions<GeneratorDescriptor> contributions = ExtensionGenerators.contributions();
		return new ReportService(contributions.items(), contributions.problems());
	}

	/** The generator contributions that could not be read and were skipped, one line each naming the bundle. */
	public List<String> problems() {
		return problems;
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
			ReportGenerator instance;
			try {
				instance = generator.create();
			} catch (RuntimeException e) {
				outcomes.add(new GeneratorOutcome(generator, List.of(), e.getMessage()));
				continue;
			}
			try {
				outcomes.add(new GeneratorOutcome(generator, instance.generate(input, folder, step), null));
			} catch (Exception | LinkageError | StackOverflowError e) {
				// A broken generator must not cost the user the other formats.
				outcomes.add(new GeneratorOutcome(generator, List.of(), "generator '" + generator.id() + "' from "
						+ generator.contributor() + " failed: " + e));
			}
		}
		return outcomes;
	}
}
