package org.outsidein.interchange.tables;

/** One column of a {@link Table}: a snake_case name that SQL and data frames take as it is, and its type. */
public record TableColumn(String name, ColumnType type) {

	static TableColumn text(String name) {
		return new TableColumn(name, ColumnType.TEXT);
	}

	static TableColumn integer(String name) {
		return new TableColumn(name, ColumnType.INTEGER);
	}

	static TableColumn bool(String name) {
		return new TableColumn(name, ColumnType.BOOLEAN);
	}

	static TableColumn real(String name) {
		return new TableColumn(name, ColumnType.DOUBLE);
	}

	static TableColumn decimal(String name) {
		return new TableColumn(name, ColumnType.DECIMAL);
	}

	static TableColumn date(String name) {
		return new TableColumn(name, ColumnType.DATE);
	}

	static TableColumn texts(String name) {
		return new TableColumn(name, ColumnType.TEXT_LIST);
	}
}
