package org.outsidein.diagram.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.resource.Resource;
import org.outsidein.diagram.server.layout.DiagramLayouts;
import org.outsidein.diagram.server.layout.LayoutFile;
import org.outsidein.diagram.server.layout.NodePositions;
import org.outsidein.diagram.server.source.DiagramGraph;
import org.outsidein.diagram.server.source.DiagramSource;
import org.outsidein.model.OutsideInModel;

/**
 * One model file being edited through its diagrams: the command stack every edit goes on (the caller's, so the
 * diagrams share its undo history), how the model is reached ({@link ModelAccess}: on the caller's thread or lock),
 * the sources the diagrams are drawn from (one per diagram type), and the positions the user gave nodes, kept per
 * diagram in {@code MODEL.outsidein.layout}. Saving writes both files atomically. Each diagram is drawn once per
 * change of the command stack, however many windows show it. Close it when its diagrams are no longer served: it
 * listens to a command stack that may outlive it.
 */
public final class DiagramSession implements AutoCloseable {

	private final Path modelFile;
	private final OutsideInModel model;
	private final ModelAccess access;
	private final CommandStack commandStack;
	private final Map<String, DiagramSource> sources = new LinkedHashMap<>();
	private final DiagramLayouts layouts;
	/** Moves with every execute, undo, redo or flush of the command stack: a drawing of an older count is stale. */
	private final AtomicLong changes = new AtomicLong();
	private final CommandStackListener countChanges = event -> changes.incrementAndGet();
	private final Map<String, Drawing> drawings = new HashMap<>();

	private record Drawing(long changes, DiagramGraph graph) {
	}

	/** The command line's session: the server owns the model, and its browser tabs take turns on a lock. */
	public DiagramSession(Path modelFile, Resource resource, CommandStack commandStack, List<DiagramSource> sources) {
		this(modelFile, (OutsideInModel) resource.getContents().get(0), ModelAccess.locked(resource, modelFile),
				commandStack, sources);
	}

	public DiagramSession(Path modelFile, Resource resource, CommandStack commandStack, DiagramSource source) {
		this(modelFile, resource, commandStack, List.of(source));
	}

	/** @param sources the diagrams offered, in the order a list of them shows */
	public DiagramSession(Path modelFile, OutsideInModel model, ModelAccess access, CommandStack commandStack,
			List<DiagramSource> sources) {
		this.modelFile = modelFile;
		this.model = model;
		this.access = access;
		this.commandStack = commandStack;
		sources.forEach(source -> this.sources.putIfAbsent(source.diagramType(), source));
		this.layouts = LayoutFile.read(LayoutFile.beside(modelFile));
		commandStack.addCommandStackListener(countChanges);
	}

	public DiagramSession(Path modelFile, OutsideInModel model, ModelAccess access, CommandStack commandStack,
			DiagramSource source) {
		this(modelFile, model, access, commandStack, List.of(source));
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

	/** Every diagram offered, in order. */
	public List<DiagramSource> sources() {
		return List.copyOf(sources.values());
	}

	/** The first diagram offered: the only one, for a host that serves one diagram per session. */
	public DiagramSource source() {
		return sources.values().iterator().next();
	}

	public Optional<DiagramSource> source(String diagramType) {
		return Optional.ofNullable(sources.get(diagramType));
	}

	/** The positions the user gave the nodes of one diagram. */
	public NodePositions positions(String diagramType) {
		return layouts.of(diagramType);
	}

	/** A diagram's graph with the user's positions laid over it, read through the session's access. */
	public DiagramGraph graph(String diagramType) {
		DiagramSource source = source(diagramType)
				.orElseThrow(() -> new IllegalArgumentException("no diagram '" + diagramType + "' here"));
		return access.call(() -> positions(diagramType).applyTo(drawing(source)));
	}

	/**
	 * The source's graph, drawn again only when the command stack moved since it was last drawn: every window on the
	 * model redraws after an edit, and a window opened later asks too, but the model is interpreted and laid out once.
	 * Called through {@link #access()}, so never by two threads at once.
	 */
	private DiagramGraph drawing(DiagramSource source) {
		long now = changes.get();
		Drawing last = drawings.get(source.diagramType());
		if (last == null || last.changes() != now) {
			last = new Drawing(now, source.graph());
			drawings.put(source.diagramType(), last);
		}
		return last.graph();
	}

	/** The first diagram's graph (see {@link #source()}). */
	public DiagramGraph graph() {
		return graph(source().diagramType());
	}

	/** Stops following the command stack; the session's diagrams are no longer served. */
	@Override
	public void close() {
		commandStack.removeCommandStackListener(countChanges);
	}

	/** Writes the model (atomically, keeping a backup) and, when nodes were moved, the layout file. */
	public void save() throws IOException {
		access.save();
		saveLayout();
	}

	/** Writes the layout file when nodes were moved since it was last written (an editor's own Save calls this). */
	public void saveLayout() throws IOException {
		if (layouts.isChanged()) {
			LayoutFile.write(layouts, LayoutFile.beside(modelFile));
		}
	}
}
