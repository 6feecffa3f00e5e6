package org.outsidein.interchange.records;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;

/** Cell texts as the model's values, or a {@link BadValue} saying what was expected. */
public final class Values {

	private static final Set<String> YES = Set.of("yes", "y", "true", "1", "x");
	private static final Set<String> NO = Set.of("no", "n", "false", "0", "");
	/** 1200, or with thousands grouped: 1,200 1.200 1 200 1'200. */
	private static final Pattern WHOLE = Pattern.compile("\\d+|\\d{1,3}([,.' \u00A0\u202F]\\d{3})+");

	private Values() {
	}

	/** yes/no, true/false, 1/0, or x and an empty cell, as spreadsheets tick boxes. */
	public static boolean yesNo(String text, Column column) throws BadValue {
		String key = text.toLowerCase(Locale.ROOT);
		if (YES.contains(key)) {
			return true;
		}
		if (NO.contains(key)) {
			return false;
		}
		throw new BadValue(column + " is '" + text + "'; expected yes or no (also true/false, 1/0, x or empty)");
	}

	/** A whole number of 0 or more; an empty cell is 0. */
	public static int wholeNumber(String text, Column column) throws BadValue {
		if (text.isEmpty()) {
			return 0;
		}
		if (WHOLE.matcher(text).matches()) {
			try {
				return Integer.parseInt(text.replaceAll("\\D", ""));
			} catch (NumberFormatException e) {
				throw new BadValue(column + " is " + text + ", more than a model can hold");
			}
		}
		throw new BadValue(column + " is '" + text + "'; expected a whole number such as 12 or 1,200");
	}

	/** One of the literals ("Organisation") or names ("ORGANISATION") of an enumeration, in any case. */
	public static <E extends Enumerator> E literal(String text, List<E> values, Column column) throws BadValue {
		for (E value : values) {
			if (value.getLiteral().equalsIgnoreCase(text) || value.getName().equalsIgnoreCase(text)) {
				return value;
			}
		}
		throw new BadValue(column + " is '" + text + "'; expected one of " + literals(values));
	}

	public static String literals(List<? extends Enumerator> values) {
		return values.stream().map(Enumerator::getLiteral).collect(Collectors.joining(", "));
	}

	public static String yesNo(boolean value) {
		return value ? "yes" : "no";
	}

	/** A model text as a cell: "" for none. */
	public static String cell(String value) {
		return value == null ? "" : value;
	}

	/** A cell as a model text: null for an empty cell, as in an element entered by hand. */
	public static String text(String cell) {
		return cell == null || cell.isEmpty() ? null : cell;
	}
}
