package org.outsidein.diagram.server.descriptions;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.core.resource.ModelLoadException;
import org.outsidein.diagram.descriptions.CompiledDescription;
import org.outsidein.diagram.descriptions.DescriptionCompiler;
import org.outsidein.diagram.descriptions.DescriptionException;
import org.outsidein.diagram.descriptions.DescriptionFiles;
import org.outsidein.diagram.descriptions.DiagramDescriptions;
import org.outsidein.diagram.server.DiagramSession;
import org.outsidein.diagram.server.source.DiagramSource;
import org.outsidein.model.OutsideInModel;

/**
 * Sessions over every diagram description that applies to a model. The command line opens the file with a command
 * stack of its own; the workbench passes its editor's resource and stack, so the diagrams share its undo history.
 */
public final class DiagramSessions {

	private DiagramSessions() {
	}

	public static DiagramSession open(Path modelFile) throws ModelLoadException {
		OutsideInModel model = ModelFiles.load(modelFile);
		return of(modelFile, model, new BasicCommandStack());
	}

	/** @param root the model's root, in the resource the caller edits */
	public static DiagramSession of(Path modelFile, EObject root, CommandStack commandStack) {
		return new DiagramSession(modelFile, root.eResource(), commandStack, sourcesFor(root));
	}

	/**
	 * A description file that is not (yet) a plug-in's: how a methodology author tries one on a model before
	 * packaging it.
	 *
	 * @throws DescriptionException naming the file (and mapping and expression) when it cannot be read, does not
	 *                              type-check, or describes diagrams of another kind of element than {@code root}
	 */
	public static DiagramSource fromFile(Path descriptionFile, EObject root) throws DescriptionException {
		String name = descriptionFile.getFileName().toString();
		CompiledDescription description = DescriptionCompiler.compile(
				DescriptionFiles.load(URI.createFileURI(descriptionFile.toAbsolutePath().toString())), name);
		if (!description.rootClass().isInstance(root)) {
			throw new DescriptionException(List.of(name + ": describes diagrams of a " + description.rootClass().getName()
					+ ", not of a " + root.eClass().getName()));
		}
		return new DescriptionSource(description, root);
	}

	/** One source per description applicable to the root, in contribution order (the built-in ones first). */
	public static List<DiagramSource> sourcesFor(EObject root) {
		return DiagramDescriptions.applicableTo(root).stream()
				.<DiagramSource>map(description -> new DescriptionSource(description, root)).toList();
	}
}
