package org.outsidein.reports.maturity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.outsidein.core.metrics.Assessments;
import org.outsidein.core.metrics.EngagementMetrics;
import org.outsidein.core.metrics.RoleSummary;
import org.outsidein.model.Assessment;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.util.Days;

/**
 * A model's assessments over time. Each is scored as the trend scores the one before the latest, with today's
 * evidence, so that a change in the score comes from the answers alone; the two rules of thumb are taken as of
 * each assessment's day ({@link EngagementMetrics#asOf}).
 */
public final class History {

	/** One assessment in the series. */
	public record Point(Assessment assessment, LocalDate date, Maturity maturity, EngagementMetrics engagement) {
	}

	private History() {
	}

	/** Every dated assessment, earliest first. */
	public static List<Point> of(OutsideInModel model, EngagementMetrics today, List<RoleSummary> roles) {
		List<Point> points = new ArrayList<>();
		for (Assessment assessment : Assessments.inOrder(model)) {
			LocalDate date = Days.of(assessment.getDate());
			points.add(new Point(assessment, date, MaturityModel.assess(model, assessment, today, roles),
					EngagementMetrics.asOf(model, date)));
		}
		return points;
	}
}
