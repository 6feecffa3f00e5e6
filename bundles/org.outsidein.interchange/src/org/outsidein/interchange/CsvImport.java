package org.outsidein.interchange;

import org.outsidein.interchange.csv.CsvTable;
import org.outsidein.interchange.records.ImportedRecord;
import org.outsidein.interchange.records.Importer;
import org.outsidein.interchange.records.RecordType;
import org.outsidein.model.ExternallyIdentified;
import org.outsidein.model.Named;
import org.outsidein.model.OutsideInModel;

/**
 * Imports customers or employees from a CSV file into a model in memory. Rows are matched to elements by external
 * id, so a file imported again updates what it added. Bad rows are reported, never half-applied; with
 * {@code allOrNothing} one bad row leaves the model untouched. Saving (or not, for a dry run) is the caller's
 * choice: the command line saves through {@code ModelFiles.save}, the workbench would run it as a command.
 */
public final class CsvImport {

	private CsvImport() {
	}

	public static ImportResult run(OutsideInModel model, CsvTable table, RecordKind kind, ColumnMapping mapping,
			boolean allOrNothing) throws InterchangeException {
		return importer(kind, kind.type(model)).run(table, mapping, allOrNothing);
	}

	private static <R extends ImportedRecord, T extends Named & ExternallyIdentified> Importer<R, T> importer(RecordKind kind,
			RecordType<R, T> type) {
		return new Importer<>(kind, type);
	}
}
