package org.outsidein.core.resource;

/**
 * Thrown inside the fast loader when the file holds something it does not fully understand. It is never an error
 * for the user: the file is then read again, from the start, by EMF's own parser, which reports any real problem.
 * No stack trace: the fast loader gives up often on damaged files, and the reason is all that matters.
 */
final class FastLoadRefusal extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** Reasons quote the file; a hostile file must not make them megabytes. */
	private static final int LONGEST_REASON = 300;

	FastLoadRefusal(String reason) {
		super(reason.length() <= LONGEST_REASON ? reason : reason.substring(0, LONGEST_REASON) + "…", null, false, false);
	}
}
