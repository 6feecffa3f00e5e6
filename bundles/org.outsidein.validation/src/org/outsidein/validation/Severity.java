package org.outsidein.validation;

import java.util.Locale;

/** How serious a finding is; {@link #ERROR} is the most serious. */
public enum Severity {
	ERROR, WARNING, INFO;

	/** Whether this severity is as serious as the threshold, or more. */
	public boolean isAtLeast(Severity threshold) {
		return ordinal() <= threshold.ordinal();
	}

	/** "error", "warning", "info": how profiles, plugin.xml and the command line spell it. */
	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Parses "error", "warning" or "info" (any case); null when it is none of them. */
	public static Severity parse(String word) {
		if (word == null) {
			return null;
		}
		for (Severity severity : values()) {
			if (severity.word().equalsIgnoreCase(word.trim())) {
				return severity;
			}
		}
		return null;
	}
}
