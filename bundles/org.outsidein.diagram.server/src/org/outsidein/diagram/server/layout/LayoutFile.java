package org.outsidein.diagram.server.layout;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;

import org.outsidein.core.resource.AtomicFileWriter;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code MODEL.outsidein.layout} beside the model: the positions a user gave nodes, as JSON
 * ({@code {"format":"outsidein-layout","version":1,"positions":{"ID":{"x":..,"y":..}}}}). Sorted by id, so that
 * it diffs well in Git. A file that cannot be read is ignored (the diagram falls back to its own placement) rather
 * than blocking the model.
 */
public final class LayoutFile {

	public static final String SUFFIX = ".layout";
	private static final String FORMAT = "outsidein-layout";
	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

	private LayoutFile() {
	}

	public static Path beside(Path modelFile) {
		return modelFile.resolveSibling(modelFile.getFileName() + SUFFIX);
	}

	public static NodePositions read(Path layoutFile) {
		NodePositions positions = new NodePositions();
		if (!Files.isRegularFile(layoutFile)) {
			return positions;
		}
		try {
			JsonObject root = JsonParser.parseString(Files.readString(layoutFile)).getAsJsonObject();
			JsonObject entries = root.getAsJsonObject("positions");
			if (entries != null) {
				entries.entrySet().forEach(entry -> {
					JsonObject point = entry.getValue().getAsJsonObject();
					positions.put(entry.getKey(),
							new NodePositions.Position(point.get("x").getAsDouble(), point.get("y").getAsDouble()));
				});
			}
		} catch (IOException | RuntimeException e) {
			// A damaged layout (not JSON, wrong shapes, numbers that are not) costs the user their arrangement, never
			// their model: Gson reports each of those faults with a different runtime exception.
			return new NodePositions();
		}
		positions.markSaved();
		return positions;
	}

	/** Writes the positions atomically (temporary file, then rename), as model files are. */
	public static void write(NodePositions positions, Path layoutFile) throws IOException {
		JsonObject entries = new JsonObject();
		new TreeMap<>(positions.asMap()).forEach((id, position) -> entries.add(id, point(position)));
		JsonObject root = new JsonObject();
		root.addProperty("format", FORMAT);
		root.addProperty("version", 1);
		root.add("positions", entries);
		AtomicFileWriter.replace(layoutFile, out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			GSON.toJson(root, writer);
			writer.write('\n');
			writer.flush();
		});
		positions.markSaved();
	}

	private static JsonObject point(NodePositions.Position position) {
		JsonObject point = new JsonObject();
		point.addProperty("x", position.x());
		point.addProperty("y", position.y());
		return point;
	}

}
