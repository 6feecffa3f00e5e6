package org.outsidein.interchange.answers;

import java.nio.file.Path;
import java.util.List;

/**
 * One respondent's answers file as written by the questionnaire page (docs/questionnaires.md), read but not yet
 * checked against a model. Values are kept as the page wrote them, with the line each answer starts on.
 */
public record AnswersFile(Path file, String model, String respondent, String department, String answered,
		List<Given> answers) {

	/** One answer as given: the activity's URI, the answer's words, and what was typed beside it. */
	public record Given(int line, String activity, String answer, String plan, String budget, String deliveryDate,
			String nextStep, String owner, String deadline) {
	}
}
