package org.outsidein.interchange.parquet;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.StringJoiner;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;
import org.outsidein.interchange.tables.ColumnType;
import org.outsidein.interchange.tables.Table;
import org.outsidein.interchange.tables.TableColumn;

/**
 * An in-memory DuckDB database for one export. It never reaches the network: DuckDB would otherwise download an
 * extension it lacks on first use (Parquet is built into the JDBC driver's library). On first use in a process the
 * driver extracts its native library (about 70 MB) to the Java temporary folder and loads it from there.
 */
final class DuckDb implements AutoCloseable {

	private final DuckDBConnection connection;

	private DuckDb(DuckDBConnection connection) {
		this.connection = connection;
	}

	/** @param scratch where DuckDB may spill what does not fit in memory: the export's own staging folder */
	static DuckDb inMemory(Path scratch) throws SQLException {
		Properties settings = new Properties();
		settings.setProperty("autoinstall_known_extensions", "false");
		settings.setProperty("autoload_known_extensions", "false");
		settings.setProperty("temp_directory", scratch.resolve(".duckdb-spill").toString());
		// The driver is created directly: DriverManager looks drivers up by class loader, which OSGi bundles defeat.
		DuckDBConnection connection = (DuckDBConnection) new DuckDBDriver().connect("jdbc:duckdb:", settings);
		return new DuckDb(connection);
	}

	void create(Table table) throws SQLException {
		StringJoiner columns = new StringJoiner(", ", "CREATE TABLE " + quoted(table.name()) + " (", ")");
		for (TableColumn column : table.columns()) {
			columns.add(quoted(column.name()) + " " + SqlTypes.filled(column.type()));
		}
		execute(columns.toString());
	}

	void append(Table table) throws SQLException {
		try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table.name())) {
			for (List<Object> row : table.rows()) {
				appender.beginRow();
				for (int i = 0; i < row.size(); i++) {
					Cells.append(appender, table.columns().get(i).type(), row.get(i));
				}
				appender.endRow();
			}
		}
		splitLists(table);
	}

	/** The list columns, filled as joined text, become lists ({@link TextLists}). */
	private void splitLists(Table table) throws SQLException {
		for (TableColumn column : table.columns()) {
			if (column.type() == ColumnType.TEXT_LIST) {
				String name = quoted(column.name());
				execute("ALTER TABLE " + quoted(table.name()) + " ALTER " + name + " TYPE " + SqlTypes.of(column.type())
						+ " USING " + TextLists.split(name));
			}
		}
	}

	/**
	 * Snappy, Parquet's most common codec: every reader decodes it without an add-on (ZSTD would be a little smaller,
	 * but some readers need a plug-in for it).
	 */
	void copyToParquet(String table, Path file) throws SQLException {
		execute("COPY " + quoted(table) + " TO '" + file.toString().replace("'", "''")
				+ "' (FORMAT parquet, COMPRESSION snappy)");
	}

	/** The first column of the first row a query gives: for checking the settings in force. */
	String firstValue(String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			return result.next() ? result.getString(1) : null;
		}
	}

	private void execute(String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String quoted(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}

	@Override
	public void close() throws SQLException {
		connection.close();
	}
}
