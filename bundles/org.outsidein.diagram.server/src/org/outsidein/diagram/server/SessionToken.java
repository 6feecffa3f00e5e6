package org.outsidein.diagram.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret a browser must show to edit through the server: 32 random bytes, new for every server, URL-safe.
 * Without it another local user or process cannot drive the server, even knowing its port.
 */
public final class SessionToken {

	private static final int BYTES = 32;
	private final String value;

	private SessionToken(String value) {
		this.value = value;
	}

	public static SessionToken random() {
		byte[] bytes = new byte[BYTES];
		new SecureRandom().nextBytes(bytes);
		return new SessionToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	public String value() {
		return value;
	}

	/** Compared in constant time, so the time taken says nothing about how much of a guess was right. */
	public boolean matches(String candidate) {
		return candidate != null && MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
				candidate.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public String toString() {
		return "SessionToken[hidden]";
	}
}
