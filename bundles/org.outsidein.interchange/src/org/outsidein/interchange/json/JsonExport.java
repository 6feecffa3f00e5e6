package org.outsidein.interchange.json;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import org.outsidein.core.resource.AtomicFileWriter;
import org.outsidein.interchange.export.ExportFormat;
import org.outsidein.model.OutsideInModel;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * {@code --format json}: one file, {@code <model>.json}, holding the model's tables and the figures the reports
 * compute from it, under a {@code "format"}/{@code "version"} header (docs/export-formats.md). Written as a stream,
 * so a model of 100,000 customers never sits in memory twice.
 */
public class JsonExport implements ExportFormat {

	/** What the file is, for a reader that is handed one without its name. */
	public static final String FORMAT = "outsidein-export";
	/** Raised when a field changes meaning or goes away; new fields do not raise it. */
	public static final int VERSION = 1;

	private static final JsonFactory FACTORY = JsonFactory.builder().build();

	@Override
	public void write(OutsideInModel model, String baseName, Path folder) throws IOException {
		AtomicFileWriter.replace(folder.resolve(baseName + ".json"), out -> write(model, out));
	}

	/** The whole document, UTF-8. */
	public static void write(OutsideInModel model, OutputStream out) throws IOException {
		try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
			json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
			json.useDefaultPrettyPrinter();
			json.writeStartObject();
			json.writeStringField("format", FORMAT);
			json.writeNumberField("version", VERSION);
			json.writeFieldName("model");
			JsonModel.write(model, json);
			json.writeFieldName("tables");
			JsonTables.write(model, json);
			json.writeFieldName("figures");
			JsonFigures.write(model, json);
			json.writeEndObject();
		}
	}
}
