package org.outsidein.interchange.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.outsidein.cli.Arguments;
import org.outsidein.cli.Command;
import org.outsidein.cli.CommandContext;
import org.outsidein.cli.ExitCodes;
import org.outsidein.cli.TextTable;
import org.outsidein.cli.UsageException;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.interchange.export.ExportFormat;
import org.outsidein.interchange.export.ExportFormatDescriptor;
import org.outsidein.interchange.export.ExportFormats;
import org.outsidein.interchange.export.Exporter;
import org.outsidein.model.OutsideInModel;

/**
 * {@code outsidein export MODEL --format F[,G...] --out FOLDER}: the model in formats contributed to
 * {@code org.outsidein.interchange.formats} (csv, json, and parquet when its feature is installed); prints each file
 * written. The folder gets every file of every format named, or none of them.
 */
public class ExportCommand implements Command {

	private static final String CSV = "csv";

	@Override
	public int run(List<String> raw, CommandContext context) throws Exception {
		Arguments arguments = Arguments.parse(raw, Set.of("format", "out"), Set.of("list", "timings"));
		if (arguments.flag("list")) {
			list(context);
			return ExitCodes.OK;
		}
		Path file = context.path(arguments.expectPositional(1, "the model file").get(0));
		List<ExportFormatDescriptor> formats = formats(arguments.value("format").orElse(CSV));
		Path folder = context.path(arguments.value("out").orElse("."));

		long started = System.nanoTime();
		OutsideInModel model = ModelFiles.load(file);
		long loaded = System.nanoTime();
		List<ExportFormat> writers = new ArrayList<>();
		formats.forEach(format -> writers.add(format.create()));
		List<Path> written = Exporter.export(writers, model, folder, ModelFiles.baseName(file));
		long exported = System.nanoTime();
		for (Path path : written) {
			context.out().println(path.toAbsolutePath().normalize());
		}
		if (arguments.flag("timings")) {
			context.err().printf(Locale.ROOT, "timings: load model %.3f s, export %s %.3f s%n", (loaded - started) / 1e9,
					String.join(",", formats.stream().map(ExportFormatDescriptor::name).toList()), (exported - loaded) / 1e9);
		}
		return ExitCodes.OK;
	}

	/** "json,parquet": the formats named, each once, in the order given. */
	private static List<ExportFormatDescriptor> formats(String words) throws UsageException {
		List<ExportFormatDescriptor> formats = new ArrayList<>();
		for (String word : words.split(",")) {
			ExportFormatDescriptor format = ExportFormats.named(word.strip()).orElseThrow(() -> new UsageException(
					"--format takes " + ExportFormats.names() + " ('outsidein export --list' says what each writes), got '"
							+ word.strip() + "'"));
			if (formats.stream().noneMatch(earlier -> earlier.name().equals(format.name()))) {
				formats.add(format);
			}
		}
		return formats;
	}

	private static void list(CommandContext context) {
		TextTable table = new TextTable("", "lll");
		table.row("Format", "From", "What it writes");
		for (ExportFormatDescriptor format : ExportFormats.installed()) {
			table.row(format.name(), format.contributor(), format.description());
		}
		table.print(context.out());
	}
}
