package org.outsidein.diagram.server.descriptions;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.core.resource.ModelLoadException;
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

	/** One source per description applicable to the root, in contribution order (the built-in ones first). */
	public static List<DiagramSource> sourcesFor(EObject root) {
		return DiagramDescriptions.applicableTo(root).stream()
				.<DiagramSource>map(description -> new DescriptionSource(description, root)).toList();
	}
}
