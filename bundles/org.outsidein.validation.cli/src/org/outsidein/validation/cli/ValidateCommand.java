package org.outsidein.validation.cli;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.outsidein.cli.Arguments;
import org.outsidein.cli.Command;
import org.outsidein.cli.CommandContext;
import org.outsidein.cli.ExitCodes;
import org.outsidein.cli.ProductVersion;
import org.outsidein.cli.TextTable;
import org.outsidein.cli.UsageException;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.core.resource.ModelLoadException;
import org.outsidein.model.OutsideInModel;
import org.outsidein.validation.RuleDescriptor;
import org.outsidein.validation.RuleProfile;
import org.outsidein.validation.Severity;
import org.outsidein.validation.ValidationResult;
import org.outsidein.validation.ValidationService;
import org.outsidein.validation.format.ResultFormat;
import org.outsidein.validation.format.ValidationReport;

/**
 * {@code outsidein validate MODEL...}: a quality gate for CI. Exit 0 when nothing reaches {@code --fail-on}
 * (error by default), 1 when something does, 2 on a usage error. A model file that cannot be loaded is an
 * error finding of its own ({@link ValidationService#MODEL_FILE}), reported with the other files' results.
 */
public class ValidateCommand implements Command {

	@Override
	public int run(List<String> raw, CommandContext context) throws Exception {
		Arguments arguments = Arguments.parse(raw, Set.of("rules", "format", "as-of", "fail-on", "repeat"),
				Set.of("list-rules", "timings"));
		ValidationService service = ValidationService.fromExtensions();
		if (arguments.flag("list-rules")) {
			listRules(service, profile(arguments, context, service, null), context);
			return ExitCodes.OK;
		}
		List<String> files = arguments.positional();
		if (files.isEmpty()) {
			throw new UsageException("missing the model file(s)");
		}
		String formatName = arguments.value("format").orElse("text");
		ResultFormat format = ResultFormat.named(formatName).orElseThrow(() -> new UsageException(
				"--format takes one of " + String.join(", ", ResultFormat.NAMES) + ", got '" + formatName + "'"));
		Severity failOn = Severity.parse(arguments.value("fail-on").orElse("error"));
		if (failOn == null) {
			throw new UsageException("--fail-on takes error, warning or info");
		}
		LocalDate asOf = arguments.date("as-of", context.today());

		List<ValidationResult> results = new ArrayList<>();
		for (String name : files) {
			Path file = context.path(name);
			RuleProfile profile = profile(arguments, context, service, file);
			long started = System.nanoTime();
			OutsideInModel model;
			try {
				model = ModelFiles.load(file);
			} catch (ModelLoadException e) {
				// One broken file must not hide the results of the others: it is a result of its own.
				results.add(ValidationService.unloadable(e, asOf));
				continue;
			}
			long loaded = System.nanoTime();
			ValidationResult result = null;
			// --repeat N validates the same loaded model N times: benchmarks use it to see warm figures.
			for (int run = 0; run < repeat(arguments); run++) {
				result = service.validate(model, asOf, profile, file);
				if (arguments.flag("timings")) {
					printTimings(context, file, result, loaded - started);
				}
			}
			results.add(result);
		}
		List<RuleDescriptor> rules = new ArrayList<>(service.rules());
		rules.add(ValidationService.MODEL_FILE);
		ValidationReport report = new ValidationReport(results, rules,
				path -> context.display(path).toString(), ProductVersion.current(), failOn);
		Writer out = new OutputStreamWriter(context.out(), StandardCharsets.UTF_8);
		format.write(report, out);
		out.flush();
		return results.stream().anyMatch(result -> result.hasAtLeast(failOn)) ? ExitCodes.FINDINGS : ExitCodes.OK;
	}

	private static int repeat(Arguments arguments) throws UsageException {
		String text = arguments.value("repeat").orElse("1");
		try {
			int repeat = Integer.parseInt(text);
			if (repeat >= 1) {
				return repeat;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException("--repeat takes a whole number of runs, 1 or more; got '" + text + "'");
	}

	private static RuleProfile profile(Arguments arguments, CommandContext context, ValidationService service,
			Path modelFile) throws Exception {
		Path given = arguments.value("rules").map(context::path).orElse(null);
		return RuleProfile.forModel(given, modelFile, service.rules());
	}

	private static void listRules(ValidationService service, RuleProfile profile, CommandContext context) {
		TextTable table = new TextTable("", "lllll");
		table.row("Rule", "Severity", "Category", "From", "Name");
		for (RuleDescriptor rule : service.rules()) {
			String severity = profile.isEnabled(rule) ? profile.severityOf(rule).word() : "off";
			table.row(rule.id(), severity, rule.category(), rule.contributor(), rule.name());
		}
		table.print(context.out());
		context.out().println();
		context.out().println(service.rules().size() + " rules. Switch one off or change its severity in a "
				+ RuleProfile.FILE_NAME + " file next to the models, or with --rules PROFILE.");
		for (String problem : service.problems()) {
			context.out().println("note: " + problem);
		}
	}

	private static void printTimings(CommandContext context, Path file, ValidationResult result, long loadNanos) {
		context.err().println(String.format(Locale.ROOT, "timings: %s: load %.3f s, rules %.3f s (%d rules)",
				context.display(file), loadNanos / 1e9, result.totalRuleTime().toNanos() / 1e9, result.rulesRun().size()));
		result.ruleTimes().forEach((rule, time) -> context.err()
				.println(String.format(Locale.ROOT, "timings:   %-36s %.3f s", rule, time.toNanos() / 1e9)));
	}

}
