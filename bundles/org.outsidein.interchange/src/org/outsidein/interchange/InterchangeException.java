package org.outsidein.interchange;

import java.io.IOException;

/**
 * A file that cannot be imported at all: not UTF-8, not CSV, no name column, a mapping that names a column the
 * file lacks. Its message is one line for the analyst, naming the file. (Bad rows are not exceptions: they are
 * reported with the rows that were fine.)
 */
public class InterchangeException extends IOException {

	private static final long serialVersionUID = 1L;

	public InterchangeException(String message) {
		super(message);
	}

	public InterchangeException(String message, Throwable cause) {
		super(message, cause);
	}
}
