package org.outsidein.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one CSV writer of reports and exports: RFC 4180 quoting and formula neutralisation, reversible on import. */
class CsvTest {

	@TempDir
	Path folder;

	@Test
	void cellsAreQuotedOnlyWhenTheyMustBe() {
		assertEquals("plain", Csv.cell("plain"));
		assertEquals("\"a,b\"", Csv.cell("a,b"));
		assertEquals("\"say \"\"hi\"\"\"", Csv.cell("say \"hi\""));
		assertEquals("\"two\nlines\"", Csv.cell("two\nlines"));
		assertEquals("", Csv.cell(null));
	}

	@Test
	void whatASpreadsheetWouldRunGetsALeadingQuote() {
		for (String formula : new String[] { "=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx" }) {
			String cell = Csv.cell(formula);
			assertTrue(cell.startsWith("'") || cell.startsWith("\"'"), formula);
		}
		assertEquals("\"'=HYPERLINK(\"\"http://evil.example\"\")\"", Csv.cell("=HYPERLINK(\"http://evil.example\")"),
				"neutralised first, then quoted");
		assertEquals("Ada's gear", Csv.cell("Ada's gear"), "a quote inside a text is left alone");
	}

	@Test
	void restoringGivesEveryTextBack() {
		for (String text : new String[] { "=1+1", "-1", "'=1+1", "''@x", "'plain", "plain", "'", "", "Ada's gear",
				"'".repeat(100_000) + "=" }) {
			assertEquals(text, Csv.restore(Csv.neutralise(text)), text);
		}
		assertEquals("'quoted on purpose", Csv.restore("'quoted on purpose"), "only a guarded formula loses its quote");
	}

	@Test
	void aFileIsHeaderThenRowsWithCrlf() throws Exception {
		Path file = folder.resolve("table.csv");
		Csv.write(file, List.of("name", "note"), List.of(List.of("Ada", "=cmd"), List.of("Ken", "two\nlines")));
		assertEquals("name,note\r\nAda,'=cmd\r\nKen,\"two\nlines\"\r\n", Files.readString(file, StandardCharsets.UTF_8));
	}
}
