package org.outsidein.interchange.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.outsidein.cli.Arguments;
import org.outsidein.cli.Command;
import org.outsidein.cli.CommandContext;
import org.outsidein.cli.ExitCodes;
import org.outsidein.cli.UsageException;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.core.resource.ModelLoadException;
import org.outsidein.interchange.ColumnMapping;
import org.outsidein.interchange.CsvImport;
import org.outsidein.interchange.ImportResult;
import org.outsidein.interchange.RecordKind;
import org.outsidein.interchange.csv.CsvTable;
import org.outsidein.model.OutsideInModel;

/**
 * {@code outsidein import MODEL FILE.csv}: customers or employees from a CRM or HR export. The model is saved
 * atomically, and only when the import changed it; a dry run never writes. Exit 1 when rows could not be imported
 * (with --all-or-nothing, nothing is then), 2 when the model or the CSV file cannot be read.
 */
public class ImportCommand implements Command {

	@Override
	public int run(List<String> raw, CommandContext context) throws Exception {
		Arguments arguments = Arguments.parse(raw, Set.of("kind", "mapping"), Set.of("dry-run", "all-or-nothing", "timings"));
		List<String> files = arguments.expectPositional(2, "the model file and the CSV file");
		Path modelFile = context.path(files.get(0));
		Path csvFile = context.path(files.get(1));
		String kindWord = arguments.value("kind").orElse(RecordKind.CUSTOMERS.word());
		RecordKind kind = RecordKind.named(kindWord).orElseThrow(
				() -> new UsageException("--kind takes " + RecordKind.words().replace(", ", " or ") + ", got '" + kindWord + "'"));
		ColumnMapping mapping = arguments.value("mapping").isPresent()
				? ColumnMapping.read(context.path(arguments.value("mapping").get()))
				: ColumnMapping.none();
		boolean dryRun = arguments.flag("dry-run");

		long started = System.nanoTime();
		OutsideInModel model = ModelFiles.load(modelFile);
		refuseDanglingReferences(model.eResource(), modelFile);
		long loaded = System.nanoTime();
		CsvTable table = CsvTable.read(csvFile);
		long read = System.nanoTime();
		ImportResult result = CsvImport.run(model, table, kind, mapping, arguments.flag("all-or-nothing"));
		long imported = System.nanoTime();
		if (!dryRun && result.changedModel()) {
			ModelFiles.save(model.eResource(), modelFile);
		}
		long saved = System.nanoTime();

		new ImportSummary(context.out(), context.display(modelFile), context.display(csvFile)).print(result, dryRun);
		if (arguments.flag("timings")) {
			context.err().printf(Locale.ROOT, "timings: load model %.3f s, read CSV %.3f s, import %.3f s, save %.3f s,"
					+ " total %.3f s%n", seconds(loaded - started), seconds(read - loaded), seconds(imported - read),
					seconds(saved - imported), seconds(saved - started));
		}
		return result.problems().isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
	}

	/**
	 * A model whose file refers to elements it does not hold loads, so that it can be mended; saving it would
	 * silently drop those references, so an import into it is refused until they are mended.
	 */
	private static void refuseDanglingReferences(Resource resource, Path file) throws ModelLoadException {
		if (resource.getErrors().isEmpty()) {
			return;
		}
		Resource.Diagnostic first = resource.getErrors().get(0);
		String target = first instanceof UnresolvedReferenceException unresolved ? "'" + unresolved.getReference() + "'"
				: "an element";
		throw new ModelLoadException(file, first.getLine(), first.getColumn(), "refers to " + target
				+ ", which is not in the file; saving would drop the reference, so nothing is imported until it is mended"
				+ " ('outsidein validate' lists every such reference)", null);
	}

	private static double seconds(long nanos) {
		return nanos / 1e9;
	}
}
