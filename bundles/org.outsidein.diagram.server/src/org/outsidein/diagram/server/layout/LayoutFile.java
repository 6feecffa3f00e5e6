package org.outsidein.diagram.server.layout;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.outsidein.core.resource.AtomicFileWriter;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code MODEL.outsidein.layout} beside the model: the positions a user gave nodes, per diagram, as JSON
 * ({@code {"format":"outsidein-layout","version":2,"diagrams":{"TYPE":{"ID":{"x":..,"y":..}}}}}). Sorted by diagram
 * and id, so that it diffs well in Git. Version 1 (one diagram, {@code "positions"} at the top) was the
 * customers-by-role diagram's: its positions are read as that diagram's and kept. A file that cannot be read is
 * ignored (the diagrams fall back to their own placement) rather than blocking the model.
 */
public final class LayoutFile {

	public static final String SUFFIX = ".layout";
	/** The only diagram version 1 files held positions for. */
	static final String VERSION_1_DIAGRAM = "customers-by-role";
	private static final String FORMAT = "outsidein-layout";
	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

	private LayoutFile() {
	}

	public static Path beside(Path modelFile) {
		return modelFile.resolveSibling(modelFile.getFileName() + SUFFIX);
	}

	public static DiagramLayouts read(Path layoutFile) {
		DiagramLayouts layouts = new DiagramLayouts();
		if (!Files.isRegularFile(layoutFile)) {
			return layouts;
		}
		try {
			JsonObject root = JsonParser.parseString(Files.readString(layoutFile)).getAsJsonObject();
			JsonObject version1 = root.getAsJsonObject("positions");
			if (version1 != null) {
				readInto(version1, layouts.of(VERSION_1_DIAGRAM));
			}
			JsonObject diagrams = root.getAsJsonObject("diagrams");
			if (diagrams != null) {
				for (Map.Entry<String, JsonElement> diagram : diagrams.entrySet()) {
					readInto(diagram.getValue().getAsJsonObject(), layouts.of(diagram.getKey()));
				}
			}
		} catch (IOException | RuntimeException e) {
			// A damaged layout (not JSON, wrong shapes, numbers that are not) costs the user their arrangement, never
			// their model: Gson reports each of those faults with a different runtime exception.
			return new DiagramLayouts();
		}
		layouts.markSaved();
		return layouts;
	}

	private static void readInto(JsonObject entries, NodePositions positions) {
		entries.entrySet().forEach(entry -> {
			JsonObject point = entry.getValue().getAsJsonObject();
			positions.put(entry.getKey(),
					new NodePositions.Position(point.get("x").getAsDouble(), point.get("y").getAsDouble()));
		});
	}

	/** Writes every diagram's positions atomically (temporary file, then rename), as model files are. */
	public static void write(DiagramLayouts layouts, Path layoutFile) throws IOException {
		JsonObject diagrams = new JsonObject();
		layouts.asMap().forEach((type, positions) -> {
			JsonObject entries = new JsonObject();
			new TreeMap<>(positions.asMap()).forEach((id, position) -> entries.add(id, point(position)));
			diagrams.add(type, entries);
		});
		JsonObject root = new JsonObject();
		root.addProperty("format", FORMAT);
		root.addProperty("version", 2);
		root.add("diagrams", diagrams);
		AtomicFileWriter.replace(layoutFile, out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			GSON.toJson(root, writer);
			writer.write('\n');
			writer.flush();
		});
		layouts.markSaved();
	}

	private static JsonObject point(NodePositions.Position position) {
		JsonObject point = new JsonObject();
		point.addProperty("x", position.x());
		point.addProperty("y", position.y());
		return point;
	}
}
