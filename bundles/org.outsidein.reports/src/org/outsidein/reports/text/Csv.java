package org.outsidein.reports.text;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.outsidein.reports.ReportFiles;

/**
 * Writes RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break, quotes
 * doubled. A cell that starts with =, +, -, @, tab or carriage return gets a leading single quote, as OWASP
 * recommends against formula injection: quoting alone does not stop a spreadsheet from evaluating it.
 */
public final class Csv {

	private Csv() {
	}

	public static void write(Path file, List<String> header, List<List<String>> rows) throws IOException {
		ReportFiles.write(file, stream -> {
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

	public static String cell(String value) {
		String text = value == null ? "" : value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
				|| text.indexOf('\r') >= 0;
		return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}
}
