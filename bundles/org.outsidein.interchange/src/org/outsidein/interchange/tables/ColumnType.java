package org.outsidein.interchange.tables;

/**
 * What a column holds, as a Java value in a row: every format maps it to its own type (a Parquet DATE, a JSON
 * string "2026-11-25"). Any cell may be null.
 */
public enum ColumnType {
	/** {@link String} */
	TEXT,
	/** {@link Integer} */
	INTEGER,
	/** {@link Boolean} */
	BOOLEAN,
	/** {@link Double} */
	DOUBLE,
	/** {@link java.math.BigDecimal}, money: exact, at most {@link Table#DECIMAL_SCALE} decimals */
	DECIMAL,
	/** {@link java.time.LocalDate} */
	DATE,
	/** a {@link java.util.List} of {@link String}, never null (empty when there is nothing) */
	TEXT_LIST
}
