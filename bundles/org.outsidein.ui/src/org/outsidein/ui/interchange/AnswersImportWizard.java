package org.outsidein.ui.interchange;

import java.util.Comparator;

import org.eclipse.core.resources.IFile;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.core.metrics.Consensus;
import org.outsidein.interchange.answers.AnswersImport;

/** File > Import > Outside-In > Questionnaire answers: many respondents' answers files as one assessment. */
public class AnswersImportWizard extends ImportIntoModelWizard<AnswersImport.Result, AnswersImportPage> {

	static final String TITLE = "Import questionnaire answers";
	private static final int SHOWN = 10;

	public AnswersImportWizard() {
		super(TITLE);
	}

	@Override
	AnswersImportPage createPage(IFile chosen) {
		return new AnswersImportPage(chosen);
	}

	@Override
	String label() {
		return "Import answers as " + page().name();
	}

	@Override
	ModelImport.Edit<AnswersImport.Result> edit() {
		return model -> AnswersImport.run(model, page().files(), page().name(), page().date());
	}

	@Override
	boolean changedModel(AnswersImport.Result result) {
		return result.assessment() != null;
	}

	@Override
	boolean complete(AnswersImport.Result result) {
		return result.problems().isEmpty();
	}

	@Override
	String summary(AnswersImport.Result result) {
		StringBuilder text = new StringBuilder();
		if (result.assessment() == null) {
			text.append("Nothing was imported: every file must be good first.\n");
			Problems.append(text, result.problems(), SHOWN);
			return text.toString();
		}
		int respondents = result.assessment().getResponses().size();
		text.append("Added the assessment '").append(page().name()).append("' from ").append(respondents)
				.append(respondents == 1 ? " respondent: " : " respondents: ").append(result.assessment().getAnswers().size())
				.append(" activities with a consensus.");
		Consensus.of(result.assessment()).stream().filter(c -> c.disagreement() > 0)
				.sorted(Comparator.comparingDouble(Consensus::disagreement).reversed()).limit(SHOWN).forEach(c -> text
						.append(String.format("%n%.0f %% disagree on %s", c.disagreement() * 100, ElementLabels.name(c.activity()))));
		return text.toString();
	}
}
