package org.outsidein.interchange.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

import org.outsidein.interchange.ImportResult;
import org.outsidein.interchange.RowProblem;

/**
 * What an import prints: one line of counts, the groups created, the columns not read, and every row that was
 * not imported with its reason. A dry run lists each change first; a real run does not, since a CRM file can
 * hold a hundred thousand rows.
 */
final class ImportSummary {

	private final PrintStream out;
	private final Path model;
	private final Path csv;

	ImportSummary(PrintStream out, Path model, Path csv) {
		this.out = out;
		this.model = model;
		this.csv = csv;
	}

	void print(ImportResult result, boolean dryRun) {
		String kind = result.kind().word();
		if (!result.applied()) {
			out.println("Nothing imported into " + model + ": " + rows(result.problems().size()) + " of " + csv
					+ " cannot be imported and --all-or-nothing was given. The model is left as it is.");
		} else if (dryRun) {
			out.println("Dry run: " + model + " is left as it is. Importing " + kind + " from " + csv + " would:");
			result.created().forEach(group -> out.println("  create " + group));
			result.changes().forEach(change -> out.println("  " + change));
			out.println(counts(result, "to add", "to update"));
		} else {
			out.println("Imported " + kind + " from " + csv + " into " + model + ".");
			if (!result.created().isEmpty()) {
				out.println("Created " + String.join(", ", result.created()) + ".");
			}
			out.println(counts(result, "added", "updated"));
		}
		if (!result.unreadColumns().isEmpty()) {
			out.println("Columns not read: " + String.join(", ", result.unreadColumns()));
		}
		if (!result.problems().isEmpty()) {
			out.println("Rows not imported:");
			result.problems().stream().map(RowProblem::toString).forEach(problem -> out.println("  " + problem));
		}
	}

	private static String counts(ImportResult result, String added, String updated) {
		return String.format(Locale.ROOT, "%s: %,d %s, %,d %s, %,d unchanged, %,d not imported.", rows(result.rows()),
				result.added(), added, result.updated(), updated, result.unchanged(), result.problems().size());
	}

	private static String rows(int count) {
		return String.format(Locale.ROOT, count == 1 ? "%,d row" : "%,d rows", count);
	}
}
