package org.outsidein.validation.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each element starts in a model file, found from its {@code id="..."}, so that findings point at a
 * line an editor can jump to.
 */
final class ElementLines {

	private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");

	private final Map<String, Integer> lines;

	private ElementLines(Map<String, Integer> lines) {
		this.lines = lines;
	}

	static ElementLines of(Path file) {
		Map<String, Integer> lines = new HashMap<>();
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			int number = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				number++;
				Matcher id = ID.matcher(line);
				while (id.find()) {
					lines.putIfAbsent(id.group(1), number);
				}
			}
		} catch (IOException e) {
			// no lines then: findings still name the element
		}
		return new ElementLines(lines);
	}

	int lineOf(String id) {
		return lines.getOrDefault(id, 0);
	}
}
