package org.outsidein.reports.maturity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import org.outsidein.core.labels.ElementLabels;
import org.outsidein.core.metrics.Consensus;
import org.outsidein.model.Activity;
import org.outsidein.model.ActivityContainer;
import org.outsidein.model.Assessment;
import org.outsidein.model.AssessmentCategory;
import org.outsidein.model.Response;
import org.outsidein.model.ResponseAnswer;

/**
 * Where the respondents of a questionnaire disagree (docs/questionnaires.md): the activities with the most
 * disagreement and who said what, and how far each department agrees with the consensus in each step and role.
 */
public final class ConsensusFindings {

	/** The label of respondents who named no department. */
	public static final String NO_DEPARTMENT = "(no department)";

	/** One disputed activity: its consensus and, per answer, the people who gave it ("Department (Name)"). */
	public record Split(Consensus consensus, ActivityContainer area, Map<AssessmentCategory, List<String>> who) {
	}

	/** Who said what is listed in the order the questionnaire offers the answers. */
	private static final List<AssessmentCategory> SAID_ORDER = List.of(AssessmentCategory.WE_CAN, AssessmentCategory.WE_WILL,
			AssessmentCategory.WE_SHOULD, AssessmentCategory.NOT_ASSESSED);

	private final List<Consensus> consensus;
	private final Map<Activity, ActivityContainer> areaOf = new HashMap<>();
	private final List<ActivityContainer> areas;
	private final Set<String> departments = new LinkedHashSet<>();
	private final int respondents;

	private ConsensusFindings(Assessment assessment, List<ActivityContainer> areas) {
		this.areas = areas;
		areas.forEach(area -> area.getActivities().forEach(activity -> areaOf.put(activity, area)));
		this.consensus = Consensus.of(assessment);
		this.respondents = assessment.getResponses().size();
		assessment.getResponses().forEach(response -> departments.add(department(response)));
	}

	/** The findings on the assessment a maturity was graded from, over its steps and roles in report order. */
	public static ConsensusFindings of(Maturity maturity) {
		List<ActivityContainer> areas = new ArrayList<>();
		maturity.steps().forEach(area -> areas.add(area.area()));
		maturity.roles().forEach(area -> areas.add(area.area()));
		return new ConsensusFindings(maturity.assessment(), areas);
	}

	public int respondents() {
		return respondents;
	}

	/** The respondents' departments in the order first met. */
	public List<String> departments() {
		return List.copyOf(departments);
	}

	public List<Consensus> consensus() {
		return consensus;
	}

	/** The activities with disagreement, the most disputed first (more definite answers first on a tie). */
	public List<Split> mostDisputed(int limit) {
		return consensus.stream().filter(c -> c.disagreement() > 0)
				.sorted(Comparator.comparingDouble(Consensus::disagreement).reversed()
						.thenComparing(Comparator.comparingInt(Consensus::definite).reversed()))
				.limit(limit).map(this::split).toList();
	}

	/** The share of all definite answers that agree with the consensus, empty when there is none. */
	public OptionalDouble agreement() {
		return agreement(consensus, null);
	}

	/** In one step or role, the share of a department's definite answers (or everyone's, for null) that agree. */
	public OptionalDouble agreement(ActivityContainer area, String department) {
		return agreement(consensus.stream().filter(c -> areaOf.get(c.activity()) == area).toList(), department);
	}

	public List<ActivityContainer> areas() {
		return areas;
	}

	public ActivityContainer areaOf(Activity activity) {
		return areaOf.get(activity);
	}

	private static OptionalDouble agreement(List<Consensus> activities, String department) {
		int definite = 0;
		int agreeing = 0;
		for (Consensus activity : activities) {
			for (ResponseAnswer answer : activity.answers()) {
				boolean counted = department == null || department.equals(department((Response) answer.eContainer()));
				if (counted && answer.getCategory() != AssessmentCategory.NOT_ASSESSED) {
					definite++;
					agreeing += answer.getCategory() == activity.consensus() ? 1 : 0;
				}
			}
		}
		return definite == 0 ? OptionalDouble.empty() : OptionalDouble.of(agreeing / (double) definite);
	}

	private Split split(Consensus activity) {
		Map<AssessmentCategory, List<String>> who = new EnumMap<>(AssessmentCategory.class);
		for (ResponseAnswer answer : activity.answers()) {
			Response response = (Response) answer.eContainer();
			who.computeIfAbsent(answer.getCategory(), key -> new ArrayList<>())
					.add(department(response) + " (" + response.getRespondent() + ")");
		}
		Map<AssessmentCategory, List<String>> inOrder = new LinkedHashMap<>();
		for (AssessmentCategory category : SAID_ORDER) {
			if (who.containsKey(category)) {
				inOrder.put(category, who.get(category));
			}
		}
		return new Split(activity, areaOf.get(activity.activity()), inOrder);
	}

	/** The department a respondent answered for: the model's, else as typed, else none. */
	public static String department(Response response) {
		if (response.getDepartment() != null) {
			return ElementLabels.name(response.getDepartment());
		}
		String typed = response.getDepartmentName();
		return typed == null || typed.isBlank() ? NO_DEPARTMENT : typed;
	}
}
