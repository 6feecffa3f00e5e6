package org.outsidein.core.metrics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.outsidein.model.Activity;
import org.outsidein.model.Assessment;
import org.outsidein.model.AssessmentCategory;
import org.outsidein.model.Response;
import org.outsidein.model.ResponseAnswer;

/**
 * What a questionnaire's respondents agree on, activity by activity, and how far they disagree (the rule is in
 * docs/questionnaires.md). The consensus is the answer most respondents gave, "Don't know" aside; a tie goes to the
 * more cautious answer (We Should before We Will before We Can), since a board acts on the consensus. The
 * disagreement is the share of the definite answers that differ from the consensus: 0 when all agree.
 */
public record Consensus(Activity activity, AssessmentCategory consensus, Map<AssessmentCategory, Integer> counts,
		List<ResponseAnswer> answers) {

	/** From the least to the most confident: a tie is settled by the first of these. */
	private static final List<AssessmentCategory> CAUTIOUS_FIRST = List.of(AssessmentCategory.WE_SHOULD,
			AssessmentCategory.WE_WILL, AssessmentCategory.WE_CAN);

	/** Every activity someone answered in the assessment's responses, in the order first met. */
	public static List<Consensus> of(Assessment assessment) {
		Map<Activity, List<ResponseAnswer>> byActivity = new LinkedHashMap<>();
		for (Response response : assessment.getResponses()) {
			for (ResponseAnswer answer : response.getAnswers()) {
				if (answer.getActivity() != null) {
					byActivity.computeIfAbsent(answer.getActivity(), key -> new ArrayList<>()).add(answer);
				}
			}
		}
		List<Consensus> all = new ArrayList<>();
		byActivity.forEach((activity, answers) -> all.add(of(activity, answers)));
		return all;
	}

	public static Consensus of(Activity activity, List<ResponseAnswer> answers) {
		Map<AssessmentCategory, Integer> counts = new EnumMap<>(AssessmentCategory.class);
		for (AssessmentCategory category : AssessmentCategory.VALUES) {
			counts.put(category, 0);
		}
		for (ResponseAnswer answer : answers) {
			AssessmentCategory category = answer.getCategory() == null ? AssessmentCategory.NOT_ASSESSED : answer.getCategory();
			counts.merge(category, 1, Integer::sum);
		}
		AssessmentCategory consensus = AssessmentCategory.NOT_ASSESSED;
		int most = 0;
		for (AssessmentCategory category : CAUTIOUS_FIRST) {
			if (counts.get(category) > most) {
				most = counts.get(category);
				consensus = category;
			}
		}
		return new Consensus(activity, consensus, counts, List.copyOf(answers));
	}

	/** How many respondents gave a definite answer (not "Don't know"). */
	public int definite() {
		return answers.size() - counts.get(AssessmentCategory.NOT_ASSESSED);
	}

	/** The share of definite answers other than the consensus, from 0 (all agree) to under 1. */
	public double disagreement() {
		int definite = definite();
		return definite == 0 ? 0 : 1 - counts.get(consensus) / (double) definite;
	}

	/** The respondents' answers that are the consensus, in file order. */
	public List<ResponseAnswer> agreeing() {
		return answers.stream().filter(answer -> answer.getCategory() == consensus).toList();
	}
}
