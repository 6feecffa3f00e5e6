package org.outsidein.diagram.server;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.diagram.server.layout.LayoutFile;
import org.outsidein.diagram.server.layout.NodePositions;
import org.outsidein.diagram.server.source.DiagramGraph;
import org.outsidein.diagram.server.source.DiagramSource;

/**
 * One model file being edited through a diagram: its resource, the command stack every edit goes on (the caller's,
 * so the diagram shares its undo history), the source the diagram is drawn from, and the positions the user gave
 * nodes, kept in {@code MODEL.outsidein.layout}. Saving writes both files atomically.
 */
public final class DiagramSession {

	private final Path modelFile;
	private final Resource resource;
	private final CommandStack commandStack;
	private final DiagramSource source;
	private final NodePositions positions;

	public DiagramSession(Path modelFile, Resource resource, CommandStack commandStack, DiagramSource source) {
		this.modelFile = modelFile;
		this.resource = resource;
		this.commandStack = commandStack;
		this.source = source;
		this.positions = LayoutFile.read(LayoutFile.beside(modelFile));
	}

	public Path modelFile() {
		return modelFile;
	}

	public CommandStack commandStack() {
		return commandStack;
	}

	public DiagramSource source() {
		return source;
	}

	public NodePositions positions() {
		return positions;
	}

	/** The source's graph with the user's positions laid over it. */
	public DiagramGraph graph() {
		return positions.applyTo(source.graph());
	}

	/** Writes the model (atomically, keeping a backup) and, when nodes were moved, the layout file. */
	public synchronized void save() throws IOException {
		ModelFiles.save(resource, modelFile);
		if (positions.isChanged()) {
			LayoutFile.write(positions, LayoutFile.beside(modelFile));
		}
	}
}
