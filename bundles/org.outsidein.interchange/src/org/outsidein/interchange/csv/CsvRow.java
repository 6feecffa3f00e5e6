package org.outsidein.interchange.csv;

import java.util.List;

/**
 * One row of a CSV file as its cells, with the number a spreadsheet shows for it (the header is row 1; a
 * quoted line break does not start a new row).
 */
public record CsvRow(int number, List<String> cells) {

	public boolean isBlank() {
		return cells.stream().allMatch(String::isBlank);
	}
}
