package org.outsidein.interchange.records;

import java.util.List;

import org.outsidein.core.csv.Csv;
import org.outsidein.interchange.csv.CsvRow;

/** One data row read through a {@link Header}: its cells by column, trimmed. */
public final class Row {

	private final CsvRow row;
	private final Header header;

	public Row(CsvRow row, Header header) {
		this.row = row;
		this.header = header;
	}

	public int number() {
		return row.number();
	}

	public boolean has(Column column) {
		return header.has(column);
	}

	/**
	 * The cell's text without surrounding spaces, "" when the row stops before it. A formula our own export guarded
	 * with a quote is read back as it was written in the model.
	 */
	public String text(Column column) {
		int position = header.position(column);
		List<String> cells = row.cells();
		return position < 0 || position >= cells.size() ? "" : Csv.restore(cells.get(position).strip());
	}

	/**
	 * A row with more cells than the header names, when the extra ones hold something: usually a separator inside
	 * a cell that should have been quoted, which shifts every cell after it.
	 */
	public void checkWidth() throws BadValue {
		List<String> cells = row.cells();
		for (int i = header.width(); i < cells.size(); i++) {
			if (!cells.get(i).isBlank()) {
				throw new BadValue(cells.size() + " cells where the header names " + header.width()
						+ "; is a separator inside a cell that is not quoted?");
			}
		}
	}
}
