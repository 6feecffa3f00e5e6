package org.outsidein.interchange.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.outsidein.interchange.InterchangeException;

/**
 * A CSV file as CRM and HR systems and spreadsheets export it: UTF-8 with or without a byte order mark, comma or
 * semicolon separated (detected), quoted cells that may hold separators, quotes and line breaks. The first row
 * that is not blank is the header; blank rows are skipped.
 */
public final class CsvTable {

	private final Path file;
	private final CsvRow header;
	private final List<CsvRow> rows;

	private CsvTable(Path file, CsvRow header, List<CsvRow> rows) {
		this.file = file;
		this.header = header;
		this.rows = rows;
	}

	/** Reads the whole file; a file that is not UTF-8 CSV is one {@link InterchangeException} naming it. */
	public static CsvTable read(Path file) throws IOException {
		String text = CsvText.read(file);
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(CsvText.separator(text)).get();
		try (CSVParser parser = CSVParser.parse(text, format)) {
			return read(file, parser);
		}
	}

	private static CsvTable read(Path file, CSVParser parser) throws InterchangeException {
		CsvRow header = null;
		List<CsvRow> rows = new ArrayList<>();
		try {
			for (Iterator<CSVRecord> records = parser.iterator(); records.hasNext();) {
				CSVRecord record = records.next();
				CsvRow row = new CsvRow(Math.toIntExact(record.getRecordNumber()), record.toList());
				if (row.isBlank()) {
					continue;
				}
				if (header == null) {
					header = row;
				} else {
					rows.add(row);
				}
			}
		} catch (UncheckedIOException e) {
			throw unreadable(file, parser.getCurrentLineNumber(), e.getCause());
		}
		if (header == null) {
			throw new InterchangeException(file + ": the file is empty; expected a header row naming the columns");
		}
		return new CsvTable(file, header, rows);
	}

	private static InterchangeException unreadable(Path file, long line, IOException cause) {
		String reason = String.valueOf(cause.getMessage());
		if (reason.contains("EOF reached before encapsulated token finished")) {
			reason = "a quoted cell is never closed (a \" is missing)";
		} else if (reason.contains("Invalid character between encapsulated token and delimiter")) {
			reason = "a quoted cell is followed by more text before the separator";
		}
		return new InterchangeException(file + ": cannot be read as CSV near line " + (line + 1) + ": " + reason, cause);
	}

	public Path file() {
		return file;
	}

	/** The column names as the file writes them. */
	public List<String> header() {
		return header.cells();
	}

	/** The rows after the header that are not blank, in file order. */
	public List<CsvRow> rows() {
		return rows;
	}
}
