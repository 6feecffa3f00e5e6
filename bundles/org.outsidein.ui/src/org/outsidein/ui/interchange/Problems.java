package org.outsidein.ui.interchange;

import java.util.List;

/** The first problems of an import, one per line, and how many more there are: a dialog is no place for hundreds. */
final class Problems {

	private Problems() {
	}

	static void append(StringBuilder text, List<?> problems, int shown) {
		problems.stream().limit(shown).forEach(problem -> text.append("\n").append(problem));
		if (problems.size() > shown) {
			text.append("\n... and ").append(problems.size() - shown).append(" more");
		}
	}
}
