package org.outsidein.reports.html;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** How numbers and lists read in every report format. */
public final class Formats {

	private Formats() {
	}

	public static String count(long value) {
		return String.format(Locale.ROOT, "%,d", value);
	}

	/** "1 error", "3 errors". */
	public static String plural(long count, String word) {
		return plural(count, word, word + "s");
	}

	/** "1 activity", "27 activities". */
	public static String plural(long count, String one, String many) {
		return count(count) + " " + (count == 1 ? one : many);
	}

	public static String decimal(Double value) {
		return value == null ? "–" : String.format(Locale.ROOT, "%.1f", value);
	}

	public static String percent(double ratio) {
		return Double.isNaN(ratio) ? "unknown" : String.format(Locale.ROOT, "%.1f %%", ratio * 100);
	}

	/** "Ada, Bea, Cy and 12 more". */
	public static <T> String names(List<T> items, Function<T, String> name, int shown) {
		if (items.isEmpty()) {
			return "nobody";
		}
		String listed = items.stream().limit(shown).map(name).collect(Collectors.joining(", "));
		return items.size() > shown ? listed + " and " + count(items.size() - shown) + " more" : listed;
	}
}
