package org.outsidein.interchange.survey;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.outsidein.interchange.InterchangeException;
import org.outsidein.interchange.records.Keys;

/**
 * The columns of an outcome survey: an optional {@code segment} column, and for each outcome one importance and
 * one satisfaction column, named "OUTCOME - importance", "OUTCOME (satisfaction)", "importance: OUTCOME" and the
 * like. Any other column (a respondent id, a date) is not read.
 */
record SurveyColumns(int segment, Map<String, Integer> importance, Map<String, Integer> satisfaction,
		Map<String, String> spelling, List<String> unread) {

	static final String IMPORTANCE = "importance";
	static final String SATISFACTION = "satisfaction";
	private static final Pattern AFTER = Pattern.compile("^(.+?)[\\s\\-\u2013\u2014:(\\[]*(importance|satisfaction)[)\\]]?\\s*$",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern BEFORE = Pattern.compile("^(importance|satisfaction)\\s*[:\\-\u2013\u2014]\\s*(.+)$",
			Pattern.CASE_INSENSITIVE);

	/** The outcome names in the order their first column comes. */
	List<String> outcomes() {
		List<String> outcomes = new ArrayList<>(importance.keySet());
		satisfaction.keySet().stream().filter(name -> !importance.containsKey(name)).forEach(outcomes::add);
		return outcomes;
	}

	static SurveyColumns of(Path file, List<String> header) throws InterchangeException {
		int segment = -1;
		Map<String, Integer> importance = new LinkedHashMap<>();
		Map<String, Integer> satisfaction = new LinkedHashMap<>();
		Map<String, String> spelling = new LinkedHashMap<>();
		List<String> unread = new ArrayList<>();
		for (int column = 0; column < header.size(); column++) {
			String name = header.get(column).strip();
			if ("segment".equals(Keys.column(name))) {
				segment = column;
				continue;
			}
			String[] rated = rated(name);
			if (rated == null) {
				unread.add(name);
				continue;
			}
			spelling.putIfAbsent(rated[0], rated[2]);
			if ((IMPORTANCE.equals(rated[1]) ? importance : satisfaction).putIfAbsent(rated[0], column) != null) {
				throw new InterchangeException(file + ": the column '" + name + "' comes twice; expected one " + rated[1]
						+ " column per outcome");
			}
		}
		for (String outcome : importance.keySet()) {
			if (!satisfaction.containsKey(outcome)) {
				throw missing(file, spelling.get(outcome), SATISFACTION);
			}
		}
		for (String outcome : satisfaction.keySet()) {
			if (!importance.containsKey(outcome)) {
				throw missing(file, spelling.get(outcome), IMPORTANCE);
			}
		}
		if (importance.isEmpty()) {
			throw new InterchangeException(file + ": no column rates an outcome; expected two columns per outcome, such as"
					+ " 'Know when a rope is worn out - importance' and 'Know when a rope is worn out - satisfaction'");
		}
		return new SurveyColumns(segment, importance, satisfaction, spelling, unread);
	}

	/**
	 * The outcome (as the key {@link Keys#name} gives), "importance" or "satisfaction", and the outcome as the file
	 * spells it; null for other columns.
	 */
	private static String[] rated(String header) {
		Matcher before = BEFORE.matcher(header);
		if (before.matches()) {
			return new String[] { Keys.name(before.group(2)), before.group(1).toLowerCase(Locale.ROOT), before.group(2).strip() };
		}
		Matcher after = AFTER.matcher(header);
		if (after.matches()) {
			return new String[] { Keys.name(after.group(1)), after.group(2).toLowerCase(Locale.ROOT), after.group(1).strip() };
		}
		return null;
	}

	private static InterchangeException missing(Path file, String outcome, String rating) {
		return new InterchangeException(file + ": the outcome '" + outcome + "' has no " + rating
				+ " column; expected an importance and a satisfaction column for every outcome");
	}
}
