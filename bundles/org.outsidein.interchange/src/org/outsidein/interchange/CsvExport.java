package org.outsidein.interchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.outsidein.core.csv.Csv;
import org.outsidein.interchange.records.Column;
import org.outsidein.interchange.records.RecordType;
import org.outsidein.model.ExternallyIdentified;
import org.outsidein.model.Named;
import org.outsidein.model.OutsideInModel;

/**
 * Writes a model's customers and employees as CSV files, one per kind, with the columns the import reads: an
 * export imported again changes nothing. Cells a spreadsheet would run as formulas are neutralised (the import
 * reads them back as they were), and each file is replaced atomically.
 */
public final class CsvExport {

	private CsvExport() {
	}

	/** Writes {@code <baseName>-customers.csv} and {@code <baseName>-employees.csv}; returns them. */
	public static List<Path> write(OutsideInModel model, Path folder, String baseName) throws IOException {
		Files.createDirectories(folder);
		List<Path> written = new ArrayList<>();
		for (RecordKind kind : RecordKind.values()) {
			Path file = folder.resolve(baseName + "-" + kind.word() + ".csv");
			write(kind.type(model), file);
			written.add(file);
		}
		return written;
	}

	private static void write(RecordType<?, ?> type, Path file) throws IOException {
		Csv.write(file, type.columns().stream().map(Column::label).toList(), rows(type));
	}

	private static <T extends Named & ExternallyIdentified> List<List<String>> rows(RecordType<?, T> type) {
		return type.existing().stream().map(type::write).toList();
	}
}
