package org.outsidein.reports.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.outsidein.cli.Arguments;
import org.outsidein.cli.Command;
import org.outsidein.cli.CommandContext;
import org.outsidein.cli.ExitCodes;
import org.outsidein.cli.UsageException;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.core.resource.ModelLoadException;
import org.outsidein.model.OutsideInModel;
import org.outsidein.reports.ReportInput;
import org.outsidein.reports.portfolio.Portfolio;
import org.outsidein.reports.portfolio.PortfolioReport;
import org.outsidein.validation.RuleProfile;
import org.outsidein.validation.ValidationService;

/**
 * {@code outsidein portfolio MODELS... --out DIR [--anonymise]}: several clients' models compared in one HTML page
 * and one CSV table. A model that cannot be read is said on its own line and left out; the others are compared.
 */
public class PortfolioCommand implements Command {

	@Override
	public int run(List<String> raw, CommandContext context) throws Exception {
		Arguments arguments = Arguments.parse(raw, Set.of("out", "as-of"), Set.of("anonymise", "anonymize"));
		if (arguments.positional().isEmpty()) {
			throw new UsageException("name the model files to compare");
		}
		LocalDate asOf = arguments.date("as-of", context.today());
		Path folder = context.path(arguments.value("out").orElse("portfolio"));
		ValidationService validation = ValidationService.fromExtensions();
		List<ReportInput> inputs = new ArrayList<>();
		int exitCode = ExitCodes.OK;
		for (String name : arguments.positional()) {
			Path file = context.path(name);
			try {
				OutsideInModel model = ModelFiles.load(file);
				inputs.add(ReportInput.prepare(model, file, asOf, null, validation,
						RuleProfile.forModel(null, file, validation.rules())));
			} catch (ModelLoadException e) {
				context.err().println("outsidein: portfolio: " + e.getMessage() + "; left out");
				exitCode = ExitCodes.FINDINGS;
			}
		}
		if (inputs.isEmpty()) {
			context.err().println("outsidein: portfolio: no model could be read; nothing written");
			return ExitCodes.ERROR;
		}
		Portfolio portfolio = Portfolio.of(inputs, arguments.flag("anonymise") || arguments.flag("anonymize"));
		for (Path written : PortfolioReport.write(portfolio, asOf, folder)) {
			context.out().println(written.toAbsolutePath().normalize());
		}
		return exitCode;
	}
}
