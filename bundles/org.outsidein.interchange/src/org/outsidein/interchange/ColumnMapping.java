package org.outsidein.interchange;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.outsidein.interchange.records.Keys;

/**
 * Which column of a file holds what the import reads, when the file does not use the default names. A mapping
 * file has one line per renamed column, {@code our column = their column}, for instance
 * {@code external id = Account Number}; an empty right side ({@code segment =}) leaves a column unread. Blank lines
 * and lines starting with {@code #} are ignored. Names on both sides are matched like headers: without regard to
 * case, spaces, hyphens or underscores.
 */
public final class ColumnMapping {

	/** One line of a mapping file. */
	public record Entry(int line, String ours, String theirs) {
	}

	private static final ColumnMapping NONE = new ColumnMapping(null, List.of());

	private final Path file;
	private final List<Entry> entries;

	private ColumnMapping(Path file, List<Entry> entries) {
		this.file = file;
		this.entries = entries;
	}

	/** Every column under its default name. */
	public static ColumnMapping none() {
		return NONE;
	}

	public static ColumnMapping read(Path file) throws IOException {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		} catch (NoSuchFileException e) {
			throw new InterchangeException(file + ": no such mapping file");
		} catch (CharacterCodingException e) {
			throw new InterchangeException(file + ": the mapping file is not UTF-8 text");
		}
		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (i == 0 && line.startsWith("\uFEFF")) {
				line = line.substring(1).strip();
			}
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			int equals = line.indexOf('=');
			if (equals <= 0) {
				throw new InterchangeException(file + ":" + (i + 1) + ": expected 'our column = their column', got '" + line
						+ "'");
			}
			Entry entry = new Entry(i + 1, line.substring(0, equals).strip(), line.substring(equals + 1).strip());
			if (find(entries, entry.ours()).isPresent()) {
				throw new InterchangeException(where(file, entry) + "'" + entry.ours() + "' is mapped twice");
			}
			entries.add(entry);
		}
		return new ColumnMapping(file, entries);
	}

	/** The line that renames a column, by our name for it. */
	public Optional<Entry> forColumn(String ours) {
		return find(entries, ours);
	}

	public List<Entry> entries() {
		return entries;
	}

	/** "mapping.txt:3: ", to start a message about one of its lines. */
	public String where(Entry entry) {
		return where(file, entry);
	}

	private static String where(Path file, Entry entry) {
		return file + ":" + entry.line() + ": ";
	}

	private static Optional<Entry> find(List<Entry> entries, String ours) {
		String key = Keys.column(ours);
		return entries.stream().filter(entry -> Keys.column(entry.ours()).equals(key)).findFirst();
	}
}
