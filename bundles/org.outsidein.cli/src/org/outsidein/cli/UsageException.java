package org.outsidein.cli;

/** A mistake on the command line. Its message is shown to the user as is, on one line. */
public class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
