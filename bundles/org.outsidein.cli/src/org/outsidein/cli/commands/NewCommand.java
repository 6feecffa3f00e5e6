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
import org.outsidein.cli.UsageException;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.core.resource.NewModels;

/** {@code outsidein new FILE [--name NAME]}: a fresh model wired to the built-in methodology. */
public class NewCommand implements Command {

	@Override
	public int run(List<String> raw, CommandContext context) throws Exception {
		Arguments arguments = Arguments.parse(raw, Set.of("name"), Set.of());
		Path file = context.path(arguments.expectPositional(1, "the file to create").get(0));
		if (Files.exists(file)) {
			throw new UsageException(context.display(file) + " already exists; choose another file name");
		}
		if (!file.getFileName().toString().endsWith("." + ModelFiles.EXTENSION)) {
			throw new UsageException("model files end with ." + ModelFiles.EXTENSION + "; got " + context.display(file));
		}
		String name = arguments.value("name").orElseGet(() -> NewModels.nameFromFile(file));
		ResourceSet resourceSet = ModelFiles.newResourceSet();
		Resource resource = NewModels.create(resourceSet, file, name);
		ModelFiles.save(resource, file);
		context.out().println("Created " + context.display(file) + " (\"" + name
				+ "\", using the Outside Innovation methodology)");
		return ExitCodes.OK;
	}
}
