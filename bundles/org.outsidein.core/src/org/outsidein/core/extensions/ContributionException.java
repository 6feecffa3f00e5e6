package org.outsidein.core.extensions;

/** A contribution to an extension point that cannot be read or created; the message names its bundle. */
public class ContributionException extends Exception {

	private static final long serialVersionUID = 1L;

	public ContributionException(String message) {
		super(message);
	}

	public ContributionException(String message, Throwable cause) {
		super(message, cause);
	}
}
