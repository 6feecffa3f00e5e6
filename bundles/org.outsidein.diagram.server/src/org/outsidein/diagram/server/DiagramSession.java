package org.outsidein.diagram.server;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.outsidein.model.OutsideInModel;
import org.outsidein.diagram.server.layout.LayoutFile;
import org.outsidein.diagram.server.layout.NodePositions;
import org.outsidein.diagram.server.source.DiagramGraph;
import org.outsidein.diagram.server.source.DiagramSource;

/**
 * One model file being edited through a diagram: the command stack every edit goes on (the caller's, so the diagram
 * shares its undo history), how the model is reached ({@link ModelAccess}: on the caller's thread or lock), the source
 * the diagram is drawn from, and the positions the user gave nodes, kept in {@code MODEL.outsidein.layout}. Saving
 * writes both files atomically.
 */
public final class DiagramSession {

	private final Path modelFile;
	private final OutsideInModel model;
	private final ModelAccess access;
	private final CommandStack commandStack;
	private final DiagramSource source;
	private final NodePositions positions;

	/** The command line's session: the server owns the model, and its browser tabs take turns on a lock. */
	public DiagramSession(Path modelFile, Resource resource, CommandStack commandStack, DiagramSource source) {
		this(modelFile, (OutsideInModel) resource.getContents().get(0), ModelAccess.locked(resource, modelFile), commandStack, source);
	}

	public DiagramSession(Path modelFile, OutsideInModel model, ModelAccess access, CommandStack commandStack,
			DiagramSource source) {
		this.modelFile = modelFile;
		this.model = model;
		this.access = access;
		this.commandStack = commandStack;
		this.source = source;
		this.positions = LayoutFile.read(LayoutFile.beside(modelFile));
	}

	public Path modelFile() {
		return modelFile;
	}

	/** The model edited; read it through {@link #access()}. */
	public OutsideInModel model() {
		return model;
	}

	public ModelAccess access() {
		return access;
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

	/** The source's graph with the user's positions laid over it, read through the session's access. */
	public DiagramGraph graph() {
		return access.call(() -> positions.applyTo(source.graph()));
	}

	/** Writes the model (atomically, keeping a backup) and, when nodes were moved, the layout file. */
	public void save() throws IOException {
		access.save();
		saveLayout();
	}

	/** Writes the layout file when nodes were moved since it was last written (an editor's own Save calls this). */
	public void saveLayout() throws IOException {
		if (positions.isChanged()) {
			LayoutFile.write(positions, LayoutFile.beside(modelFile));
		}
	}
}
