package org.outsidein.core.resource;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A model file that could not be loaded, with where and what was expected, ready to show to a user as
 * {@code file:line:column: message}.
 */
public class ModelLoadException extends IOException {

	private static final long serialVersionUID = 1L;
	/** Problems quote the file; a hostile file must not make the message a screenful. */
	private static final int LONGEST_PROBLEM = 400;

	private final Path file;
	private final int line;
	private final int column;
	private final String problem;

	public ModelLoadException(Path file, int line, int column, String problem, Throwable cause) {
		super(format(file, line, column, oneLine(problem)), cause);
		this.file = file;
		this.line = line;
		this.column = column;
		this.problem = oneLine(problem);
	}

	/** The problem as one line of sensible length: line breaks and control characters from the file become spaces. */
	private static String oneLine(String problem) {
		String line = String.valueOf(problem).replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
		return line.length() <= LONGEST_PROBLEM ? line : line.substring(0, LONGEST_PROBLEM) + "…";
	}

	public ModelLoadException(Path file, String problem) {
		this(file, 0, 0, problem, null);
	}

	private static String format(Path file, int line, int column, String problem) {
		StringBuilder where = new StringBuilder(String.valueOf(file));
		if (line > 0) {
			where.append(':').append(line);
			if (column > 0) {
				where.append(':').append(column);
			}
		}
		return where.append(": ").append(problem).toString();
	}

	public Path getFile() {
		return file;
	}

	/** The line of the problem, from 1, or 0 when the problem is not at one place in the file. */
	public int getLine() {
		return line;
	}

	public int getColumn() {
		return column;
	}

	/** What went wrong, without the location. */
	public String getProblem() {
		return problem;
	}
}
