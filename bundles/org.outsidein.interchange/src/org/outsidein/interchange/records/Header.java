package org.outsidein.interchange.records;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.outsidein.interchange.ColumnMapping;
import org.outsidein.interchange.InterchangeException;
import org.outsidein.interchange.csv.CsvTable;

/**
 * Where each column an import reads sits in one file: found by its default name or by the name a mapping gives
 * it. A column that is not there is not read, and what it would set is left as it is in the model.
 */
public final class Header {

	private final Map<Column, Integer> positions;
	private final int width;
	private final List<String> unread;

	private Header(Map<Column, Integer> positions, int width, List<String> unread) {
		this.positions = positions;
		this.width = width;
		this.unread = unread;
	}

	/**
	 * @param required the column without which no row can be imported (the name)
	 * @throws InterchangeException when a mapping line or the file's header makes the file impossible to read
	 */
	public static Header of(CsvTable table, List<Column> columns, Column required, ColumnMapping mapping)
			throws InterchangeException {
		checkMapping(mapping, columns);
		List<String> names = table.header();
		Map<Column, Integer> positions = new HashMap<>();
		for (Column column : columns) {
			Optional<ColumnMapping.Entry> entry = mapping.forColumn(column.label());
			String theirs = entry.map(ColumnMapping.Entry::theirs).orElse(column.label());
			if (theirs.isEmpty()) {
				continue;
			}
			List<Integer> found = positionsOf(names, theirs);
			if (found.size() > 1) {
				throw new InterchangeException(table.file() + ": " + found.size() + " columns are called '" + theirs
						+ "' (columns " + found.stream().map(i -> String.valueOf(i + 1)).collect(Collectors.joining(", "))
						+ "); say which one holds the " + column + " in a mapping file (--mapping)");
			}
			if (found.isEmpty() && entry.isPresent()) {
				throw new InterchangeException(mapping.where(entry.get()) + "the mapping reads the " + column + " from a column '"
						+ theirs + "', but " + table.file().getFileName() + " has none; its columns are " + String.join(", ", names));
			}
			if (!found.isEmpty()) {
				positions.put(column, found.get(0));
			}
		}
		if (!positions.containsKey(required)) {
			throw new InterchangeException(table.file() + ": no '" + required + "' column; its columns are "
					+ String.join(", ", names) + ". Name the one that holds the " + required + " in a mapping file (--mapping)");
		}
		return new Header(positions, names.size(), unread(names, positions));
	}

	private static void checkMapping(ColumnMapping mapping, List<Column> columns) throws InterchangeException {
		for (ColumnMapping.Entry entry : mapping.entries()) {
			String key = Keys.column(entry.ours());
			if (columns.stream().noneMatch(column -> column.key().equals(key))) {
				throw new InterchangeException(mapping.where(entry) + "'" + entry.ours() + "' is not a column this import reads;"
						+ " it reads " + columns.stream().map(Column::label).collect(Collectors.joining(", ")));
			}
		}
	}

	private static List<Integer> positionsOf(List<String> names, String wanted) {
		String key = Keys.column(wanted);
		List<Integer> found = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			if (Keys.column(names.get(i)).equals(key)) {
				found.add(i);
			}
		}
		return found;
	}

	private static List<String> unread(List<String> names, Map<Column, Integer> positions) {
		List<String> unread = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			if (!positions.containsValue(i) && !names.get(i).isBlank()) {
				unread.add(names.get(i));
			}
		}
		return unread;
	}

	public boolean has(Column column) {
		return positions.containsKey(column);
	}

	/** The cell's position, or -1 when the file has no such column. */
	int position(Column column) {
		return positions.getOrDefault(column, -1);
	}

	/** How many columns the header names. */
	int width() {
		return width;
	}

	/** The file's columns that no column of the import reads, for the analyst to check nothing was missed. */
	public List<String> unread() {
		return unread;
	}
}
