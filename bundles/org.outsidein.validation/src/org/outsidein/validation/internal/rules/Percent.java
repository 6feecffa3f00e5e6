package org.outsidein.validation.internal.rules;

import java.util.Locale;

import org.outsidein.core.metrics.Share;

/** "2.1 % (412 of 20,000)". */
final class Percent {

	private Percent() {
	}

	static String of(Share share) {
		return String.format(Locale.ROOT, "%.1f %% (%,d of %,d)", share.ratio() * 100, share.count(), share.total());
	}
}
