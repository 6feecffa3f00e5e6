package org.outsidein.validation;

import java.io.IOException;
import java.nio.file.Path;

/** A rule profile that cannot be used, reported as {@code file:line: what was expected}. */
public class ProfileException extends IOException {

	private static final long serialVersionUID = 1L;

	public ProfileException(Path file, int line, String problem) {
		super(file + (line > 0 ? ":" + line : "") + ": " + problem);
	}
}
