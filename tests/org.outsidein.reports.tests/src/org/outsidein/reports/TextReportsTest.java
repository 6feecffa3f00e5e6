package org.outsidein.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.reports.text.CsvReportGenerator;
import org.outsidein.reports.text.MarkdownReportGenerator;

/** Markdown and CSV: complete, parseable, and safe with hostile model text. */
class TextReportsTest {

	@TempDir
	static Path folder;

	private static ReportInput input;

	@BeforeAll
	static void prepare() throws Exception {
		input = ExampleReports.input(Hostile.inject(ExampleReports.load()));
	}

	@Test
	void markdownEscapesModelText() throws Exception {
		Path file = new MarkdownReportGenerator().generate(input, folder, new NullProgressMonitor()).get(0);
		List<String> lines = Files.readAllLines(file);
		assertTrue(lines.get(0).startsWith("# Cairnwood Outdoor customer ecosystem"));
		String hostileRow = lines.stream().filter(l -> l.contains("HYPERLINK")).findFirst().orElseThrow();
		assertEquals(5, hostileRow.chars().filter(c -> c == '|').count() - count(hostileRow, "\\|"),
				"the value's own bars are escaped, so the row keeps its four cells: " + hostileRow);
		String markdownRow = lines.stream().filter(l -> l.contains("evil.example) ")).findFirst().orElseThrow();
		assertTrue(markdownRow.contains("\\*Ada\\* \\| \\[link\\](http://evil.example) \\`code\\`"), markdownRow);
		String text = String.join("\n", lines);
		assertFalse(text.contains("<script>"), "no raw HTML");
		assertTrue(text.contains("\\<script\\>alert('owned')\\</script\\>"));
		assertTrue(text.contains("**Level 4 of 5: Embedded** (score 75 of 100)"), text);
	}

	@Test
	void csvIsRfc4180AndNeutralisesFormulas() throws Exception {
		List<Path> files = new CsvReportGenerator().generate(input, folder, new NullProgressMonitor());
		assertEquals(10, files.size(), "maturity, roles, engagement, outcomes, inventions, communities, assessments, history, consensus, findings");
		Path inventions = files.stream().filter(f -> f.getFileName().toString().endsWith("-inventions.csv")).findFirst()
				.orElseThrow();
		String content = Files.readString(inventions, StandardCharsets.UTF_8);
		assertTrue(content.startsWith("status,invention,lead user,observed on,outcome\r\n"), "CRLF line ends");
		List<List<String>> rows = parse(content);
		assertEquals(12 + 3 + 1, rows.size(), "header, the 12 inventions and the 3 hostile ones");
		Optional<List<String>> formula = rows.stream().filter(r -> r.get(1).contains("HYPERLINK")).findFirst();
		assertEquals("'" + Hostile.FORMULA, formula.orElseThrow().get(1), "a leading quote stops the spreadsheet");
		assertEquals(Hostile.SCRIPT, formula.get().get(2));
		rows.forEach(row -> assertEquals(5, row.size(), row.toString()));
	}

	private static int count(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}

	/** A strict RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
	static List<List<String>> parse(String csv) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					field.append(c);
				}
			} else if (c == '"') {
				quoted = true;
			} else if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
			} else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				i++;
			} else {
				field.append(c);
			}
		}
		return rows;
	}
}
