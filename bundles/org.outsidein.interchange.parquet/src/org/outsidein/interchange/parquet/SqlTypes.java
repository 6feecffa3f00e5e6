package org.outsidein.interchange.parquet;

import org.outsidein.interchange.tables.ColumnType;
import org.outsidein.interchange.tables.Table;

/** DuckDB's column type for each kind of column; DuckDB writes each as the matching Parquet type. */
final class SqlTypes {

	private SqlTypes() {
	}

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
