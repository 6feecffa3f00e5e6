package org.outsidein.interchange.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.outsidein.cli.Arguments;
import org.outsidein.cli.Command;
import org.outsidein.cli.CommandContext;
import org.outsidein.cli.ExitCodes;
import org.outsidein.cli.UsageException;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.interchange.CsvExport;
import org.outsidein.model.OutsideInModel;

/**
 * {@code outsidein export MODEL --format csv --out FOLDER}: the model's customers and employees as files the
 * import reads back; prints each file written. CSV is the one format so far; others would join it here.
 */
public class ExportCommand implements Command {

	private static final String CSV = "csv";

	@Override
	public int run(List<String> raw, CommandContext context) throws Exception {
		Arguments arguments = Arguments.parse(raw, Set.of("format", "out"), Set.of());
		Path file = context.path(arguments.expectPositional(1, "the model file").get(0));
		String format = arguments.value("format").orElse(CSV);
		if (!CSV.equalsIgnoreCase(format)) {
			throw new UsageException("--format takes csv (the one export format so far), got '" + format + "'");
		}
		Path folder = context.path(arguments.value("out").orElse("."));
		OutsideInModel model = ModelFiles.load(file);
		for (Path written : CsvExport.write(model, folder, ModelFiles.baseName(file))) {
			context.out().println(written.toAbsolutePath().normalize());
		}
		return ExitCodes.OK;
	}
}
