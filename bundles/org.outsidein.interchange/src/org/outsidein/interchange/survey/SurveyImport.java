package org.outsidein.interchange.survey;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.outsidein.interchange.InterchangeException;
import org.outsidein.interchange.csv.CsvRow;
import org.outsidein.interchange.csv.CsvTable;
import org.outsidein.interchange.records.Groups;
import org.outsidein.interchange.records.Keys;
import org.outsidein.model.Outcome;
import org.outsidein.model.OutsideInFactory;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.Segment;
import org.outsidein.model.SegmentRating;

/**
 * Reads an outcome survey (one row per respondent, an importance and a satisfaction column per outcome on a 1-5
 * scale, an optional segment column; docs/outcome-surveys.md) and sets each outcome's importance, satisfaction and
 * the number of answers behind them, overall and per segment. A bad rating anywhere stops the import before the
 * model changes: a survey half read would rank outcomes on the answers that happened to parse.
 */
public final class SurveyImport {

	private static final OutsideInFactory MAKE = OutsideInFactory.eINSTANCE;

	/** What a survey said about one outcome: overall, and per segment named in the file. */
	public record Scores(Outcome outcome, Rating overall, Map<Segment, Rating> bySegment) {
	}

	/** Importance and satisfaction (0-10, null without answers) and the answers they rest on, the fewer of two. */
	public record Rating(Double importance, Double satisfaction, int respondents) {
	}

	/** The survey's figures, or the problems that kept it from being read; what the model gained (outcomes, segments). */
	public record Result(int respondents, List<Scores> scores, List<String> created, List<String> unread,
			List<String> problems) {

		public boolean imported() {
			return problems.isEmpty();
		}
	}

	private final OutsideInModel model;
	private final List<String> problems = new ArrayList<>();

	private SurveyImport(OutsideInModel model) {
		this.model = model;
	}

	/** Reads the file and, when every rating in it is good, sets the model's outcomes from it. */
	public static Result run(OutsideInModel model, Path file) throws IOException {
		return new SurveyImport(model).run(file);
	}

	private Result run(Path file) throws IOException {
		CsvTable table = CsvTable.read(file);
		SurveyColumns columns;
		try {
			columns = SurveyColumns.of(file, table.header());
		} catch (InterchangeException e) {
			return new Result(0, List.of(), List.of(), List.of(), List.of(e.getMessage()));
		}
		Map<String, TopTwoBox[]> overall = new LinkedHashMap<>();
		Map<String, Map<String, TopTwoBox[]>> bySegment = new LinkedHashMap<>();
		for (String outcome : columns.outcomes()) {
			overall.put(outcome, pair());
			bySegment.put(outcome, new LinkedHashMap<>());
		}
		for (CsvRow row : table.rows()) {
			String segment = columns.segment() < 0 ? "" : cell(row, columns.segment());
			for (String outcome : columns.outcomes()) {
				count(file, table, row, columns.importance().get(outcome), overall.get(outcome)[0],
						segment.isEmpty() ? null : bySegment.get(outcome).computeIfAbsent(segment, key -> pair())[0]);
				count(file, table, row, columns.satisfaction().get(outcome), overall.get(outcome)[1],
						segment.isEmpty() ? null : bySegment.get(outcome).computeIfAbsent(segment, key -> pair())[1]);
			}
		}
		if (!problems.isEmpty()) {
			return new Result(table.rows().size(), List.of(), List.of(), columns.unread(), List.copyOf(problems));
		}
		return apply(table.rows().size(), columns, overall, bySegment);
	}

	private Result apply(int respondents, SurveyColumns columns, Map<String, TopTwoBox[]> overall,
			Map<String, Map<String, TopTwoBox[]>> bySegment) {
		List<String> created = new ArrayList<>();
		Map<String, Outcome> outcomes = new HashMap<>();
		model.getOutcomes().forEach(outcome -> outcomes.putIfAbsent(Keys.name(outcome.getName()), outcome));
		Groups<Segment> segments = new Groups<>("segment", model.getSegments(), this::newSegment);
		List<Scores> scores = new ArrayList<>();
		for (String key : columns.outcomes()) {
			Outcome outcome = outcomes.computeIfAbsent(key, absent -> {
				created.add("outcome " + columns.spelling().get(key));
				return newOutcome(columns.spelling().get(key));
			});
			Rating rating = rating(overall.get(key));
			outcome.setImportance(rating.importance());
			outcome.setSatisfaction(rating.satisfaction());
			outcome.setRespondents(rating.respondents());
			outcome.getSegmentRatings().clear();
			Map<Segment, Rating> ratings = new LinkedHashMap<>();
			bySegment.get(key).forEach((name, pair) -> {
				Rating segmentRating = rating(pair);
				if (segmentRating.importance() == null && segmentRating.satisfaction() == null) {
					return;
				}
				Segment segment = segments.named(name);
				ratings.put(segment, segmentRating);
				SegmentRating kept = MAKE.createSegmentRating();
				kept.setSegment(segment);
				kept.setImportance(segmentRating.importance());
				kept.setSatisfaction(segmentRating.satisfaction());
				kept.setRespondents(segmentRating.respondents());
				outcome.getSegmentRatings().add(kept);
			});
			scores.add(new Scores(outcome, rating, ratings));
		}
		created.addAll(segments.created());
		return new Result(respondents, scores, created, columns.unread(), List.of());
	}

	private void count(Path file, CsvTable table, CsvRow row, int column, TopTwoBox overall, TopTwoBox segment) {
		String text = cell(row, column);
		if (text.isEmpty()) {
			return;
		}
		int rating;
		try {
			rating = Integer.parseInt(text);
		} catch (NumberFormatException e) {
			rating = 0;
		}
		if (rating < TopTwoBox.LOWEST || rating > TopTwoBox.HIGHEST) {
			problems.add(file + ": row " + row.number() + ", column '" + table.header().get(column) + "': '" + text
					+ "' is not a rating; expected a whole number from 1 to 5, or an empty cell when not answered");
			return;
		}
		overall.add(rating);
		if (segment != null) {
			segment.add(rating);
		}
	}

	private static Rating rating(TopTwoBox[] pair) {
		return new Rating(pair[0].score(), pair[1].score(), Math.min(pair[0].answers(), pair[1].answers()));
	}

	private static TopTwoBox[] pair() {
		return new TopTwoBox[] { new TopTwoBox(), new TopTwoBox() };
	}

	private static String cell(CsvRow row, int column) {
		return column < row.cells().size() ? row.cells().get(column).strip() : "";
	}

	private Outcome newOutcome(String name) {
		Outcome outcome = MAKE.createOutcome();
		outcome.setName(name);
		model.getOutcomes().add(outcome);
		return outcome;
	}

	private Segment newSegment(String name) {
		Segment segment = MAKE.createSegment();
		segment.setName(name);
		model.getSegments().add(segment);
		return segment;
	}
}
