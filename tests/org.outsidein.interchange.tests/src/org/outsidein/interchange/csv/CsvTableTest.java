package org.outsidein.interchange.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.interchange.InterchangeException;

/** Reading CSV files as spreadsheets, CRMs and HR systems write them. */
class CsvTableTest {

	@TempDir
	Path folder;

	private Path file(String name, byte[] content) throws Exception {
		return Files.write(folder.resolve(name), content);
	}

	private Path file(String name, String content) throws Exception {
		return file(name, content.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void aSemicolonFileWithAByteOrderMarkAndALineBreakInACell() throws Exception {
		CsvTable table = CsvTable.read(file("excel.csv",
				"\uFEFFName;Notes;Group size\r\nAda Berg;\"met at the fair;\r\nwants a gauge\";\r\nTrail Club;;1.200\r\n"));
		assertEquals(List.of("Name", "Notes", "Group size"), table.header(), "no byte order mark in the first name");
		assertEquals(2, table.rows().size());
		assertEquals(List.of("Ada Berg", "met at the fair;\r\nwants a gauge", ""), table.rows().get(0).cells());
		assertEquals(2, table.rows().get(0).number());
		assertEquals(3, table.rows().get(1).number(), "a spreadsheet's row, not the file's line (4)");
	}

	@Test
	void aCommaFileWithQuotesInsideCells() throws Exception {
		CsvTable table = CsvTable.read(file("crm.csv", "name,segment\n\"Oak, Pine & Co\",\"the \"\"big\"\" ones\"\n"));
		assertEquals(List.of("Oak, Pine & Co", "the \"big\" ones"), table.rows().get(0).cells());
	}

	@Test
	void theSeparatorIsWhatTheHeaderHoldsMostOfOutsideQuotes() throws Exception {
		assertEquals(List.of("a;b", "c"), CsvTable.read(file("one.csv", "\"a;b\",c\n1,2\n")).header());
		assertEquals(List.of("a,b", "c"), CsvTable.read(file("two.csv", "\"a,b\";c\n1;2\n")).header());
		assertEquals(List.of("name"), CsvTable.read(file("three.csv", "name\nAda\n")).header());
	}

	@Test
	void blankRowsAreSkippedAndTheOthersKeepTheirNumbers() throws Exception {
		CsvTable table = CsvTable.read(file("gaps.csv", "\nname,kind\n\nAda,Individual\n,\n  ,  \nKen,Individual\n"));
		assertEquals(List.of("name", "kind"), table.header());
		assertEquals(List.of(4, 7), table.rows().stream().map(CsvRow::number).toList());
	}

	@Test
	void aFileThatIsNotUtf8IsOneClearError() throws Exception {
		byte[] latin1 = "name\nJos\u00e9 Mart\u00edn\n".getBytes(StandardCharsets.ISO_8859_1);
		Path file = file("latin1.csv", latin1);
		InterchangeException error = assertThrows(InterchangeException.class, () -> CsvTable.read(file));
		assertEquals(file + ": line 2 is not UTF-8 text; save the file as \"CSV UTF-8\" and import it again",
				error.getMessage());
	}

	@Test
	void anUnclosedQuoteIsOneClearError() throws Exception {
		Path file = file("unclosed.csv", "name,notes\nAda,\"never closed\nKen,fine\n");
		InterchangeException error = assertThrows(InterchangeException.class, () -> CsvTable.read(file));
		assertTrue(error.getMessage().startsWith(file + ": cannot be read as CSV near line "), error.getMessage());
		assertTrue(error.getMessage().endsWith("a quoted cell is never closed (a \" is missing)"), error.getMessage());
	}

	@Test
	void emptyAndMissingFilesAreClearErrors() throws Exception {
		Path empty = file("empty.csv", "\uFEFF\r\n\r\n");
		assertEquals(empty + ": the file is empty; expected a header row naming the columns",
				assertThrows(InterchangeException.class, () -> CsvTable.read(empty)).getMessage());
		Path missing = folder.resolve("missing.csv");
		assertEquals(missing + ": no such file",
				assertThrows(InterchangeException.class, () -> CsvTable.read(missing)).getMessage());
		assertEquals(folder + ": is a folder; expected a CSV file",
				assertThrows(InterchangeException.class, () -> CsvTable.read(folder)).getMessage());
	}
}
