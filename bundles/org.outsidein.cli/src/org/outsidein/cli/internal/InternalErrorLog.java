package org.outsidein.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Where the details of an internal error go: a small log file of its own, for the user to attach to a report. */
final class InternalErrorLog {

	private InternalErrorLog() {
	}

	/** Writes the error's details; returns "; details in FILE", or "" when even that cannot be written. */
	static String write(String command, Throwable error) {
		try {
			Path log = Files.createTempFile("outsidein-internal-error-", ".log");
			StringWriter trace = new StringWriter();
			try (PrintWriter out = new PrintWriter(trace)) {
				out.println("Outside-In internal error in command '" + command + "' at " + Instant.now());
				out.println("Java " + System.getProperty("java.version") + " on " + System.getProperty("os.name") + " "
						+ System.getProperty("os.arch"));
				error.printStackTrace(out);
			}
			Files.writeString(log, trace.toString());
			return "; details in " + log;
		} catch (IOException | RuntimeException | OutOfMemoryError e) {
			return "";
		}
	}
}
