package org.outsidein.reports.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.outsidein.cli.Arguments;
import org.outsidein.cli.Command;
import org.outsidein.cli.CommandContext;
import org.outsidein.cli.ExitCodes;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.model.OutsideInModel;
import org.outsidein.reports.questionnaire.Questionnaire;

/**
 * {@code outsidein questionnaire MODEL --out DIR}: writes the self-assessment questionnaire of a model's methodology
 * as one HTML file to send to everyone who should answer it, and prints its path.
 */
public class QuestionnaireCommand implements Command {

	@Override
	public int run(List<String> raw, CommandContext context) throws Exception {
		Arguments arguments = Arguments.parse(raw, Set.of("out"), Set.of());
		Path file = context.path(arguments.expectPositional(1, "the model file").get(0));
		Path folder = context.path(arguments.value("out").orElse("questionnaire"));
		OutsideInModel model = ModelFiles.load(file);
		String name = file.getFileName().toString();
		String baseName = name.endsWith("." + ModelFiles.EXTENSION) ? name.substring(0, name.lastIndexOf('.')) : name;
		Path written = Questionnaire.write(model, baseName, context.today(), folder);
		context.out().println(written.toAbsolutePath().normalize());
		return ExitCodes.OK;
	}
}
