package org.outsidein.reports.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.outsidein.cli.Arguments;
import org.outsidein.cli.Command;
import org.outsidein.cli.CommandContext;
import org.outsidein.cli.ExitCodes;
import org.outsidein.cli.TextTable;
import org.outsidein.cli.UsageException;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.model.Assessment;
import org.outsidein.model.OutsideInModel;
import org.outsidein.reports.GeneratorDescriptor;
import org.outsidein.reports.GeneratorOutcome;
import org.outsidein.reports.ReportInput;
import org.outsidein.reports.ReportService;
import org.outsidein.validation.RuleProfile;
import org.outsidein.validation.ValidationService;

/**
 * {@code outsidein report MODEL}: writes the maturity report in the formats asked for and prints each file
 * written on its own line; progress goes to standard error.
 */
public class ReportCommand implements Command {

	@Override
	public int run(List<String> raw, CommandContext context) throws Exception {
		Arguments arguments = Arguments.parse(raw, Set.of("format", "out", "as-of", "compare", "rules"), Set.of("list", "timings"));
		ReportService reports = ReportService.fromExtensions();
		if (arguments.flag("list")) {
			list(reports, context);
			return ExitCodes.OK;
		}
		Path file = context.path(arguments.expectPositional(1, "the model file").get(0));
		List<GeneratorDescriptor> generators = generators(reports, arguments.value("format").orElse("html"));
		Path folder = context.path(arguments.value("out").orElse("reports"));

		long started = System.nanoTime();
		OutsideInModel model = ModelFiles.load(file);
		long loaded = System.nanoTime();
		Assessment compareWith = compareWith(model, arguments.value("compare").orElse(null));
		ValidationService validation = ValidationService.fromExtensions();
		RuleProfile profile = RuleProfile.forModel(arguments.value("rules").map(context::path).orElse(null), file,
				validation.rules());
		ConsoleProgress progress = new ConsoleProgress(context.err());
		progress.subTask("computing maturity and checks");
		ReportInput input = ReportInput.prepare(model, file, arguments.date("as-of", context.today()), compareWith,
				validation, profile);
		long prepared = System.nanoTime();

		int exitCode = ExitCodes.OK;
		List<GeneratorOutcome> outcomes = reports.generate(input, generators, folder, progress);
		if (arguments.flag("timings")) {
			context.err().printf(java.util.Locale.ROOT,
					"timings: load %.3f s, metrics + maturity + validation %.3f s, generators %.3f s%n", (loaded - started) / 1e9,
					(prepared - loaded) / 1e9, (System.nanoTime() - prepared) / 1e9);
		}
		for (GeneratorOutcome outcome : outcomes) {
			if (outcome.succeeded()) {
				outcome.files().forEach(written -> context.out().println(written.toAbsolutePath().normalize()));
			} else {
				context.err().println("outsidein: report: " + outcome.failure());
				exitCode = ExitCodes.ERROR;
			}
		}
		progress.done();
		return exitCode;
	}

	private static List<GeneratorDescriptor> generators(ReportService reports, String formats) throws UsageException {
		Set<String> requested = Arrays.stream(formats.split(",")).map(String::strip).filter(f -> !f.isEmpty())
				.collect(Collectors.toCollection(LinkedHashSet::new));
		Set<String> known = reports.generators().stream().map(GeneratorDescriptor::format)
				.collect(Collectors.toCollection(LinkedHashSet::new));
		for (String format : requested) {
			if (known.stream().noneMatch(format::equalsIgnoreCase)) {
				throw new UsageException("no report generator writes '" + format + "'; available: " + String.join(", ", known));
			}
		}
		if (requested.isEmpty()) {
			throw new UsageException("--format needs at least one format");
		}
		return reports.forFormats(List.copyOf(requested));
	}

	/** By id or by name; null asks for the assessment before the latest. */
	private static Assessment compareWith(OutsideInModel model, String wanted) throws UsageException {
		if (wanted == null) {
			return null;
		}
		return model.getAssessments().stream().filter(a -> wanted.equals(a.getId()) || wanted.equalsIgnoreCase(a.getName()))
				.findFirst().orElseThrow(() -> new UsageException("no assessment '" + wanted + "' in the model; it has: "
						+ model.getAssessments().stream().map(a -> ElementLabels.name(a) + " (" + a.getId() + ")")
								.collect(Collectors.joining(", "))));
	}

	private static void list(ReportService reports, CommandContext context) {
		TextTable table = new TextTable("", "llll");
		table.row("Format", "Generator", "From", "What it writes");
		for (GeneratorDescriptor generator : reports.generators()) {
			table.row(generator.format(), generator.id(), generator.contributor(), generator.description());
		}
		table.print(context.out());
		for (String problem : reports.problems()) {
			context.out().println("note: " + problem);
		}
	}
}
