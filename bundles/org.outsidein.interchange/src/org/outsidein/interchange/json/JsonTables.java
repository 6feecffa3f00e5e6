package org.outsidein.interchange.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.outsidein.interchange.tables.ModelTables;
import org.outsidein.interchange.tables.Table;
import org.outsidein.interchange.tables.TableColumn;
import org.outsidein.model.OutsideInModel;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The model's tables ({@link ModelTables}), the same rows and columns as the Parquet files: one array of objects
 * per table, every column present in every row (null when empty), dates as "yyyy-mm-dd".
 */
final class JsonTables {

	private JsonTables() {
	}

	static void write(OutsideInModel model, JsonGenerator json) throws IOException {
		json.writeStartObject();
		for (Table table : ModelTables.of(model)) {
			json.writeArrayFieldStart(table.name());
			for (List<Object> row : table.rows()) {
				row(table.columns(), row, json);
			}
			json.writeEndArray();
		}
		json.writeEndObject();
	}

	private static void row(List<TableColumn> columns, List<Object> row, JsonGenerator json) throws IOException {
		json.writeStartObject();
		for (int i = 0; i < columns.size(); i++) {
			json.writeFieldName(columns.get(i).name());
			value(row.get(i), json);
		}
		json.writeEndObject();
	}

	private static void value(Object value, JsonGenerator json) throws IOException {
		if (value == null) {
			json.writeNull();
		} else if (value instanceof String text) {
			json.writeString(text);
		} else if (value instanceof Integer number) {
			json.writeNumber(number);
		} else if (value instanceof Double number) {
			json.writeNumber(number);
		} else if (value instanceof BigDecimal amount) {
			json.writeNumber(amount.stripTrailingZeros().toPlainString());
		} else if (value instanceof Boolean flag) {
			json.writeBoolean(flag);
		} else if (value instanceof LocalDate day) {
			json.writeString(day.toString());
		} else if (value instanceof List<?> list) {
			json.writeStartArray();
			for (Object item : list) {
				value(item, json);
			}
			json.writeEndArray();
		} else {
			throw new IllegalArgumentException("no JSON for a " + value.getClass().getName());
		}
	}
}
