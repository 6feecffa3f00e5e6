package org.outsidein.interchange.parquet;

import org.outsidein.interchange.tables.ColumnType;
import org.outsidein.interchange.tables.Table;

/**
 * DuckDB's column type for each kind of column; DuckDB writes each as the matching Parquet type. Lists are filled as
 * joined text first ({@link TextLists}), then converted.
 */
final class SqlTypes {

	private SqlTypes() {
	}

	/** The type a column is filled as. */
	static String filled(ColumnType type) {
		return type == ColumnType.TEXT_LIST ? "VARCHAR" : of(type);
	}

	/** The type a column has in the Parquet file. */
	static String of(ColumnType type) {
		return switch (type) {
		case TEXT -> "VARCHAR";
		case INTEGER -> "INTEGER";
		case BOOLEAN -> "BOOLEAN";
		case DOUBLE -> "DOUBLE";
		// 38 digits: the widest Parquet decimal DuckDB writes, so no budget is ever too large
		case DECIMAL -> "DECIMAL(38, " + Table.DECIMAL_SCALE + ")";
		case DATE -> "DATE";
		case TEXT_LIST -> "VARCHAR[]";
		};
	}
}
