package org.outsidein.core.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.outsidein.model.Assessment;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.util.Days;

/** Which of a model's assessments is the latest, which came before it, and their order in time. */
public final class Assessments {

	private Assessments() {
	}

	/** The latest assessment by date (the later in the file when dates tie; undated ones lose), or null. */
	public static Assessment latest(OutsideInModel model) {
		Assessment latest = null;
		for (Assessment assessment : model.getAssessments()) {
			LocalDate date = Days.of(assessment.getDate());
			if (latest == null || date != null && (Days.of(latest.getDate()) == null || !date.isBefore(Days.of(latest.getDate())))) {
				latest = assessment;
			}
		}
		return latest;
	}

	/** The dated assessments, earliest first (in file order where dates tie); undated ones have no place in time. */
	public static List<Assessment> inOrder(OutsideInModel model) {
		List<Assessment> dated = new ArrayList<>();
		for (Assessment assessment : model.getAssessments()) {
			if (Days.of(assessment.getDate()) != null) {
				dated.add(assessment);
			}
		}
		dated.sort(Comparator.comparing(assessment -> Days.of(assessment.getDate())));
		return dated;
	}

	/** The assessment just before the given one by date, or null. */
	public static Assessment previous(OutsideInModel model, Assessment assessment) {
		Assessment previous = null;
		LocalDate before = Days.of(assessment.getDate());
		for (Assessment candidate : model.getAssessments()) {
			LocalDate date = Days.of(candidate.getDate());
			if (candidate != assessment && date != null && before != null && date.isBefore(before)
					&& (previous == null || date.isAfter(Days.of(previous.getDate())))) {
				previous = candidate;
			}
		}
		return previous;
	}
}
