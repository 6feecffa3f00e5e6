package org.outsidein.interchange.cli;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.outsidein.cli.Arguments;
import org.outsidein.cli.Command;
import org.outsidein.cli.CommandContext;
import org.outsidein.cli.ExitCodes;
import org.outsidein.cli.UsageException;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.core.library.MethodologyScoring;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.interchange.survey.SurveyImport;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.util.OpportunityScore;

/**
 * {@code outsidein outcomes import MODEL SURVEY.csv}: an outcome survey sets the importance, satisfaction and
 * opportunity of the outcomes it rates, overall and per segment, and prints them ranked. Exit 1, and nothing
 * changed, when a rating is bad; 2 when the model or the file cannot be read.
 */
public class OutcomesCommand implements Command {

	private static final int PROBLEMS_SHOWN = 20;

	@Override
	public int run(List<String> raw, CommandContext context) throws Exception {
		Arguments arguments = Arguments.parse(raw, Set.of(), Set.of("dry-run"));
		List<String> positional = arguments.positional();
		if (positional.isEmpty() || !"import".equals(positional.get(0))) {
			throw new UsageException("the only action is 'import'");
		}
		if (positional.size() != 3) {
			throw new UsageException("name the model file and one survey file");
		}
		Path modelFile = context.path(positional.get(1));
		Path survey = context.path(positional.get(2));
		OutsideInModel model = ModelFiles.load(modelFile);
		SurveyImport.Result result = SurveyImport.run(model, survey);
		if (!result.imported()) {
			result.problems().stream().limit(PROBLEMS_SHOWN).forEach(problem -> context.err().println("outsidein: outcomes: " + problem));
			if (result.problems().size() > PROBLEMS_SHOWN) {
				context.err().println("outsidein: outcomes: ... and " + (result.problems().size() - PROBLEMS_SHOWN) + " more");
			}
			context.err().println("outsidein: outcomes: nothing imported; " + context.display(modelFile) + " is unchanged");
			return ExitCodes.FINDINGS;
		}
		boolean dryRun = arguments.flag("dry-run");
		if (!dryRun) {
			ModelFiles.save(model.eResource(), modelFile);
		}
		int fewest = MethodologyScoring.of(model).getFewestSurveyAnswers();
		context.out().println((dryRun ? "Would rate " : "Rated ") + result.scores().size() + " outcomes from "
				+ result.respondents() + " respondents" + (result.created().isEmpty() ? "" : "; created " + String.join(", ", result.created()))
				+ ".");
		if (!result.unread().isEmpty()) {
			context.out().println("Columns not read: " + String.join(", ", result.unread()));
		}
		context.out().println("opportunity  importance  satisfaction  answers  outcome");
		result.scores().stream().sorted(Comparator.comparing((SurveyImport.Scores s) -> opportunity(s.overall()),
				Comparator.nullsLast(Comparator.reverseOrder()))).forEach(scores -> {
					SurveyImport.Rating overall = scores.overall();
					context.out().printf(Locale.ROOT, "%11s  %10s  %12s  %7d  %s%s%n", number(opportunity(overall)),
							number(overall.importance()), number(overall.satisfaction()), overall.respondents(),
							ElementLabels.name(scores.outcome()), overall.respondents() < fewest ? "  (fewer than " + fewest + " answers)" : "");
					scores.bySegment().forEach((segment, rating) -> context.out().printf(Locale.ROOT,
							"%11s  %10s  %12s  %7d    in %s%s%n", number(opportunity(rating)), number(rating.importance()),
							number(rating.satisfaction()), rating.respondents(), ElementLabels.name(segment),
							rating.respondents() < fewest ? "  (fewer than " + fewest + " answers)" : ""));
				});
		return ExitCodes.OK;
	}

	private static Double opportunity(SurveyImport.Rating rating) {
		return OpportunityScore.of(rating.importance(), rating.satisfaction());
	}

	private static String number(Double value) {
		return value == null ? "-" : String.format(Locale.ROOT, "%.1f", value);
	}
}
