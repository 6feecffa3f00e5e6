package org.outsidein.cli.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.outsidein.cli.Arguments;
import org.outsidein.cli.Command;
import org.outsidein.cli.CommandContext;
import org.outsidein.cli.ExitCodes;
import org.outsidein.cli.TextTable;
import org.outsidein.cli.UsageException;
import org.outsidein.core.extensions.ContributionException;
import org.outsidein.core.library.MethodologyRegistry;
import org.outsidein.core.library.MethodologyRegistry.InstalledMethodology;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.core.resource.NewModels;
import org.outsidein.model.Methodology;
import org.outsidein.model.Organisation;
import org.outsidein.model.OutsideInModel;

/**
 * {@code outsidein new FILE [--name NAME] [--customer-base N] [--headcount N] [--methodology ID]}: a fresh model
 * wired to the built-in methodology, or to one a plug-in contributes ({@code new --list-methodologies}).
 */
public class NewCommand implements Command {

	/** A whole number of 1 or more, or 0 when the option is not given. */
	private static int positive(Arguments arguments, String option) throws UsageException {
		String text = arguments.value(option).orElse(null);
		if (text == null) {
			return 0;
		}
		try {
			int value = Integer.parseInt(text.replace(",", "").replace("_", "").strip());
			if (value > 0) {
				return value;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException("--" + option + " takes a whole number of 1 or more, got '" + text + "'");
	}

	private static InstalledMethodology chosenMethodology(Arguments arguments) throws UsageException {
		String id = arguments.value("methodology").orElse(MethodologyRegistry.OUTSIDE_INNOVATION);
		return MethodologyRegistry.find(id).orElseThrow(() -> new UsageException("no methodology '" + id
				+ "' is installed; choose one of " + MethodologyRegistry.ids() + " (new --list-methodologies)"));
	}

	private static List<Methodology> methodologies(ResourceSet resourceSet, InstalledMethodology methodology)
			throws UsageException {
		try {
			return MethodologyRegistry.load(resourceSet, methodology);
		} catch (ContributionException e) {
			throw new UsageException(e.getMessage());
		}
	}

	private static int listMethodologies(CommandContext context) {
		TextTable table = new TextTable("  ", "lll");
		table.row("Id", "Methodology", "From");
		for (InstalledMethodology methodology : MethodologyRegistry.all()) {
			table.row(methodology.id(), methodology.name(), methodology.bundle());
		}
		table.print(context.out());
		return ExitCodes.OK;
	}

	@Override
	public int run(List<String> raw, CommandContext context) throws Exception {
		Arguments arguments = Arguments.parse(raw, Set.of("name", "customer-base", "headcount", "methodology"),
				Set.of("list-methodologies"));
		if (arguments.flag("list-methodologies")) {
			return listMethodologies(context);
		}
		InstalledMethodology methodology = chosenMethodology(arguments);
		Path file = context.path(arguments.expectPositional(1, "the file to create").get(0));
		if (Files.exists(file)) {
			throw new UsageException(context.display(file) + " already exists; choose another file name");
		}
		if (!file.getFileName().toString().endsWith("." + ModelFiles.EXTENSION)) {
			throw new UsageException("model files end with ." + ModelFiles.EXTENSION + "; got " + context.display(file));
		}
		String name = arguments.value("name").orElseGet(() -> NewModels.nameFromFile(file));
		ResourceSet resourceSet = ModelFiles.newResourceSet();
		Resource resource = NewModels.create(resourceSet, file, name, methodologies(resourceSet, methodology));
		Organisation organisation = ((OutsideInModel) resource.getContents().get(0)).getOrganisation();
		organisation.setCustomerBaseSize(positive(arguments, "customer-base"));
		organisation.setHeadcount(positive(arguments, "headcount"));
		ModelFiles.save(resource, file);
		Path shown = context.display(file);
		context.out().println("Created " + shown + " (\"" + name + "\", using the " + methodology.name() + " methodology)");
		context.out().println();
		context.out().println("Next:");
		if (organisation.getCustomerBaseSize() == 0 || organisation.getHeadcount() == 0) {
			context.out().println("  the rules of thumb need the customer base size and the headcount: give them with"
					+ " --customer-base N --headcount N when you create a model");
		}
		context.out().println("  outsidein stats " + shown + "      what the model holds");
		context.out().println("  outsidein validate " + shown + "   what is missing, and where");
		context.out().println("  outsidein report " + shown + "     the maturity report (graded once the model holds a"
				+ " self-assessment)");
		return ExitCodes.OK;
	}
}
