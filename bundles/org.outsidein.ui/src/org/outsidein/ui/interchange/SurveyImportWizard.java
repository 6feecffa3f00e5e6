package org.outsidein.ui.interchange;

import java.util.Comparator;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.interchange.survey.SurveyImport;
import org.outsidein.model.util.OpportunityScore;

/** File > Import > Outside-In > Outcome survey: importance and satisfaction of outcomes from respondents' ratings. */
public class SurveyImportWizard extends ImportIntoModelWizard<SurveyImport.Result, SurveyImportPage> {

	static final String TITLE = "Import an outcome survey";
	private static final int SHOWN = 10;

	public SurveyImportWizard() {
		super(TITLE);
	}

	@Override
	SurveyImportPage createPage(IFile chosen) {
		return new SurveyImportPage(chosen);
	}

	@Override
	String label() {
		return "Import survey " + page().survey().getFileName();
	}

	@Override
	ModelImport.Edit<SurveyImport.Result> edit() {
		return model -> SurveyImport.run(model, page().survey());
	}

	@Override
	boolean changedModel(SurveyImport.Result result) {
		return result.imported() && !result.scores().isEmpty();
	}

	@Override
	boolean complete(SurveyImport.Result result) {
		return result.imported();
	}

	@Override
	String summary(SurveyImport.Result result) {
		StringBuilder text = new StringBuilder();
		if (!result.imported()) {
			text.append("Nothing was imported: every rating must be good first.\n");
			Problems.append(text, result.problems(), SHOWN);
			return text.toString();
		}
		text.append("Rated ").append(result.scores().size()).append(" outcomes from ").append(result.respondents())
				.append(" respondents.");
		if (!result.created().isEmpty()) {
			text.append("\nCreated ").append(String.join(", ", result.created())).append('.');
		}
		text.append("\n\nOpportunity (importance, satisfaction, answers):");
		result.scores().stream().sorted(Comparator.comparing((SurveyImport.Scores s) -> opportunity(s.overall()),
				Comparator.nullsLast(Comparator.reverseOrder()))).limit(SHOWN).forEach(s -> text.append(String.format(Locale.ROOT,
						"%n%s  %s (%s, %s, %d)", decimal(opportunity(s.overall())), ElementLabels.name(s.outcome()),
						decimal(s.overall().importance()), decimal(s.overall().satisfaction()), s.overall().respondents())));
		return text.toString();
	}

	private static String decimal(Double value) {
		return value == null ? "-" : String.format(Locale.ROOT, "%.1f", value);
	}

	private static Double opportunity(SurveyImport.Rating rating) {
		return OpportunityScore.of(rating.importance(), rating.satisfaction());
	}
}
