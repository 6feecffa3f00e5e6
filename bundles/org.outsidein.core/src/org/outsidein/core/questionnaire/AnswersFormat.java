package org.outsidein.core.questionnaire;

import java.util.List;
import java.util.Optional;

import org.outsidein.model.AssessmentCategory;

/**
 * The answers file a questionnaire page saves and the import reads (docs/questionnaires.md): its format name, its
 * version, and the words a respondent picks, with the categories they stand for.
 */
public final class AnswersFormat {

	public static final String NAME = "outsidein-answers";
	public static final int VERSION = 1;
	public static final String DONT_KNOW = "Don't know";
	/** The choices in the order the page offers them. */
	public static final List<String> CHOICES = List.of(AssessmentCategory.WE_CAN.getLiteral(),
			AssessmentCategory.WE_WILL.getLiteral(), AssessmentCategory.WE_SHOULD.getLiteral(), DONT_KNOW);

	private AnswersFormat() {
	}

	/** The category a choice stands for ("Don't know" is not assessed); empty for words that are no choice. */
	public static Optional<AssessmentCategory> category(String choice) {
		if (DONT_KNOW.equals(choice)) {
			return Optional.of(AssessmentCategory.NOT_ASSESSED);
		}
		AssessmentCategory category = AssessmentCategory.get(choice);
		return category == null || category == AssessmentCategory.NOT_ASSESSED ? Optional.empty() : Optional.of(category);
	}
}
