package org.outsidein.interchange.parquet;

import java.nio.file.Path;
import java.sql.SQLException;

import org.outsidein.interchange.export.ExportFormat;
import org.outsidein.interchange.tables.ModelTables;
import org.outsidein.interchange.tables.Table;
import org.outsidein.model.OutsideInModel;

/**
 * {@code --format parquet}: one {@code <model>-<table>.parquet} file per table of {@link ModelTables}, written by
 * DuckDB (an in-memory database, gone when the export ends): each table is created with typed columns, filled
 * through DuckDB's appender and copied to a Parquet file.
 */
public class ParquetExport implements ExportFormat {

	@Override
	public void write(OutsideInModel model, String baseName, Path folder) throws SQLException {
		try (DuckDb duckDb = DuckDb.inMemory(folder)) {
			for (Table table : ModelTables.of(model)) {
				duckDb.create(table);
				duckDb.append(table);
				duckDb.copyToParquet(table.name(), folder.resolve(baseName + "-" + table.name().replace('_', '-') + ".parquet"));
			}
		}
	}
}
