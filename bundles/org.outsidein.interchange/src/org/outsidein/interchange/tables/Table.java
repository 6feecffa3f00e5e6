package org.outsidein.interchange.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One table of a model, as the Parquet and JSON exports write it: named columns of known types, and rows of plain
 * Java values in column order (see {@link ColumnType}). docs/export-formats.md describes every table.
 */
public final class Table {

	/** Decimals (budgets) keep this many digits after the point. */
	public static final int DECIMAL_SCALE = 4;

	private final String name;
	private final List<TableColumn> columns;
	private final List<List<Object>> rows = new ArrayList<>();

	Table(String name, TableColumn... columns) {
		this.name = name;
		this.columns = List.of(columns);
	}

	/** "role_assignments": the table's name, also the stem of its Parquet file. */
	public String name() {
		return name;
	}

	public List<TableColumn> columns() {
		return columns;
	}

	public List<List<Object>> rows() {
		return Collections.unmodifiableList(rows);
	}

	void add(Object... values) {
		if (values.length != columns.size()) {
			throw new IllegalArgumentException(name + ": " + values.length + " values for " + columns.size() + " columns");
		}
		rows.add(Collections.unmodifiableList(Arrays.asList(values)));
	}
}
