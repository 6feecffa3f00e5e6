package org.outsidein.cli;

/** The exit codes of the command line, the same for every command, so scripts and CI can rely on them. */
public final class ExitCodes {

	/** Done, and nothing at or above the failure threshold was found. */
	public static final int OK = 0;
	/** Done, and findings at or above the failure threshold were reported (validation, for instance). */
	public static final int FINDINGS = 1;
	/** Not done: a usage error, or a file that could not be read or written. */
	public static final int ERROR = 2;
	/**
	 * Not done: a fault in Outside-In or in a plug-in, not in what the user asked. One line says so, with the path of
	 * a log holding the details to report.
	 */
	public static final int INTERNAL_ERROR = 3;

	private ExitCodes() {
	}
}
