package org.outsidein.core.csv;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.outsidein.core.resource.AtomicFileWriter;

/**
 * Writes RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break, quotes
 * doubled. A cell that starts with =, +, -, @, tab or carriage return gets a leading single quote, as OWASP
 * recommends against formula injection: quoting alone does not stop a spreadsheet from evaluating it. Files are
 * replaced atomically, so a reader never sees half a table. Reports and the CSV export both write through here.
 */
public final class Csv {

	/** What a spreadsheet would take for the start of a formula. */
	private static final String FORMULA_STARTS = "=+-@\t\r";
	private static final char GUARD = '\'';

	private Csv() {
	}

	public static void write(Path file, List<String> header, List<List<String>> rows) throws IOException {
		AtomicFileWriter.replace(file, stream -> {
			Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
			writeRow(out, header);
			for (List<String> row : rows) {
				writeRow(out, row);
			}
			out.flush();
		});
	}

	private static void writeRow(Writer out, List<String> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(cell(cells.get(i)));
		}
		out.write("\r\n");
	}

	/** One cell as written: neutralised, then quoted when needed. */
	public static String cell(String value) {
		String text = neutralise(value == null ? "" : value);
		boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
				|| text.indexOf('\r') >= 0;
		return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}

	/**
	 * The text with a leading single quote when a spreadsheet would run it as a formula. Text that merely looks
	 * neutralised already gets one too, so that {@link #restore} gives every text back unchanged.
	 */
	public static String neutralise(String text) {
		return startsFormula(text, 0) || looksNeutralised(text) ? GUARD + text : text;
	}

	/**
	 * The text as it was before {@link #neutralise}: reading back a file this class wrote gives the model's own
	 * text, so that an export imported again changes nothing.
	 */
	public static String restore(String text) {
		return looksNeutralised(text) ? text.substring(1) : text;
	}

	/** One or more single quotes, then what would start a formula. */
	private static boolean looksNeutralised(String text) {
		int quotes = 0;
		while (quotes < text.length() && text.charAt(quotes) == GUARD) {
			quotes++;
		}
		return quotes > 0 && startsFormula(text, quotes);
	}

	private static boolean startsFormula(String text, int at) {
		return text.length() > at && FORMULA_STARTS.indexOf(text.charAt(at)) >= 0;
	}
}
