package org.outsidein.diagram.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.diagram.server.layout.DiagramLayouts;
import org.outsidein.diagram.server.layout.LayoutFile;
import org.outsidein.diagram.server.layout.NodePositions;
import org.outsidein.diagram.server.source.DiagramGraph;
import org.outsidein.diagram.server.source.DiagramSource;

/**
 * One model file being edited through its diagrams: its resource, the command stack every edit goes on (the
 * caller's, so the diagrams share its undo history: the workbench passes its editor's), the sources the diagrams are
 * drawn from (one per diagram type), and the positions the user gave nodes, kept per diagram in
 * {@code MODEL.outsidein.layout}. Saving writes both files atomically.
 * <p>
 * The session is also the lock every diagram of the model takes turns on: edits, redraws and saves from any tab.
 */
public final class DiagramSession {

	private final Path modelFile;
	private final Resource resource;
	private final CommandStack commandStack;
	private final Map<String, DiagramSource> sources = new LinkedHashMap<>();
	private final DiagramLayouts layouts;

	/** @param sources the diagrams offered, in the order a list of them shows */
	public DiagramSession(Path modelFile, Resource resource, CommandStack commandStack, List<DiagramSource> sources) {
		this.modelFile = modelFile;
		this.resource = resource;
		this.commandStack = commandStack;
		sources.forEach(source -> this.sources.putIfAbsent(source.diagramType(), source));
		this.layouts = LayoutFile.read(LayoutFile.beside(modelFile));
	}

	public DiagramSession(Path modelFile, Resource resource, CommandStack commandStack, DiagramSource source) {
		this(modelFile, resource, commandStack, List.of(source));
	}

	public Path modelFile() {
		return modelFile;
	}

	public Resource resource() {
		return resource;
	}

	public CommandStack commandStack() {
		return commandStack;
	}

	/** Every diagram offered, in order. */
	public List<DiagramSource> sources() {
		return List.copyOf(sources.values());
	}

	public Optional<DiagramSource> source(String diagramType) {
		return Optional.ofNullable(sources.get(diagramType));
	}

	/** The positions the user gave the nodes of one diagram. */
	public NodePositions positions(String diagramType) {
		return layouts.of(diagramType);
	}

	/** A diagram's graph with the user's positions laid over it. */
	public DiagramGraph graph(String diagramType) {
		DiagramSource source = source(diagramType)
				.orElseThrow(() -> new IllegalArgumentException("no diagram '" + diagramType + "' here"));
		return positions(diagramType).applyTo(source.graph());
	}

	/** Writes the model (atomically, keeping a backup) and, when nodes were moved, the layout file. */
	public synchronized void save() throws IOException {
		ModelFiles.save(resource, modelFile);
		if (layouts.isChanged()) {
			LayoutFile.write(layouts, LayoutFile.beside(modelFile));
		}
	}
}
