package org.outsidein.interchange.parquet;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.duckdb.DuckDBAppender;
import org.outsidein.interchange.tables.ColumnType;

/** Appends one cell with the appender method of its column's type (a list as one joined text). */
final class Cells {

	private Cells() {
	}

	static void append(DuckDBAppender appender, ColumnType type, Object value) throws SQLException {
		if (value == null) {
			appender.appendNull();
			return;
		}
		switch (type) {
		case TEXT -> appender.append((String) value);
		case INTEGER -> appender.append((int) (Integer) value);
		case BOOLEAN -> appender.append((boolean) (Boolean) value);
		case DOUBLE -> appender.append((double) (Double) value);
		case DECIMAL -> appender.append((BigDecimal) value);
		case DATE -> appender.append((LocalDate) value);
		case TEXT_LIST -> appender.append(TextLists.joined((List<?>) value));
		}
	}
}
