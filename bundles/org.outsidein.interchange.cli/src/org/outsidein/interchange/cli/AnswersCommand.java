package org.outsidein.interchange.cli;

import java.nio.file.Path;
import java.time.LocalDate;
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
import org.outsidein.core.metrics.Consensus;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.interchange.answers.AnswersImport;
import org.outsidein.model.OutsideInModel;

/**
 * {@code outsidein answers import MODEL FILES...}: the answers files of a questionnaire's respondents become one new
 * dated assessment, their consensus, with each respondent's answers kept. Exit 1, and nothing changed, when a file
 * is bad; 2 when the model cannot be read.
 */
public class AnswersCommand implements Command {

	private static final int DISAGREEMENTS_SHOWN = 5;

	@Override
	public int run(List<String> raw, CommandContext context) throws Exception {
		Arguments arguments = Arguments.parse(raw, Set.of("name", "date"), Set.of("dry-run"));
		List<String> positional = arguments.positional();
		if (positional.isEmpty() || !"import".equals(positional.get(0))) {
			throw new UsageException("the only action is 'import'");
		}
		if (positional.size() < 3) {
			throw new UsageException("name the model file and at least one answers file");
		}
		Path modelFile = context.path(positional.get(1));
		List<Path> files = positional.subList(2, positional.size()).stream().map(context::path).toList();
		LocalDate date = arguments.date("date", context.today());
		String name = arguments.value("name").orElse("Questionnaire " + date);

		OutsideInModel model = ModelFiles.load(modelFile);
		AnswersImport.Result result = AnswersImport.run(model, files, name, date);
		if (result.assessment() == null) {
			result.problems().forEach(problem -> context.err().println("outsidein: answers: " + problem));
			context.err().println("outsidein: answers: nothing imported; " + context.display(modelFile) + " is unchanged");
			return ExitCodes.FINDINGS;
		}
		if (!arguments.flag("dry-run")) {
			ModelFiles.save(model.eResource(), modelFile);
		}
		List<Consensus> consensus = Consensus.of(result.assessment());
		context.out().println((arguments.flag("dry-run") ? "would add" : "added") + " assessment '" + name + "' (" + date
				+ ") from " + respondents(result.assessment().getResponses().size()) + ": "
				+ result.assessment().getAnswers().size() + " activities with a consensus");
		consensus.stream().filter(c -> c.disagreement() > 0)
				.sorted(Comparator.comparingDouble(Consensus::disagreement).reversed()).limit(DISAGREEMENTS_SHOWN)
				.forEach(c -> context.out().printf(Locale.ROOT, "  %3.0f %% disagree on %s (consensus %s)%n",
						c.disagreement() * 100, ElementLabels.name(c.activity()), c.consensus().getLiteral()));
		return ExitCodes.OK;
	}

	private static String respondents(int count) {
		return count + (count == 1 ? " respondent" : " respondents");
	}
}
