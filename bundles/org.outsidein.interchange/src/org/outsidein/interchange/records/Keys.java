package org.outsidein.interchange.records;

import java.util.Locale;

/** How names from a file are compared with the model's: what an analyst would call the same. */
public final class Keys {

	private Keys() {
	}

	/** "External ID", "external_id" and "External-Id" are one column. */
	public static String column(String header) {
		StringBuilder key = new StringBuilder(header.length());
		for (int i = 0; i < header.length(); i++) {
			char c = header.charAt(i);
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '-' && c != '_') {
				key.append(Character.toLowerCase(c));
			}
		}
		return key.toString();
	}

	/** "Lead  customers" is the role Lead Customers; "climbers " the segment Climbers. */
	public static String name(String name) {
		if (name == null) {
			return "";
		}
		StringBuilder key = new StringBuilder(name.length());
		boolean space = false;
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				space = key.length() > 0;
			} else {
				if (space) {
					key.append(' ');
					space = false;
				}
				key.append(c);
			}
		}
		return key.toString().toLowerCase(Locale.ROOT);
	}
}
