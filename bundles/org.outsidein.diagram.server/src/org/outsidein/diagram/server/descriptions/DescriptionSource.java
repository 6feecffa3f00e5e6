package org.outsidein.diagram.server.descriptions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.diagram.description.CreateEdgeTool;
import org.outsidein.diagram.description.CreateNodeTool;
import org.outsidein.diagram.descriptions.CompiledDescription;
import org.outsidein.diagram.descriptions.CompiledNodeMapping;
import org.outsidein.diagram.graph.DiagramEdge;
import org.outsidein.diagram.graph.DiagramGraph;
import org.outsidein.diagram.graph.DiagramNode;
import org.outsidein.diagram.interpreter.DiagramInterpreter;
import org.outsidein.diagram.layout.DiagramLayout;
import org.outsidein.diagram.server.source.DiagramElementType;
import org.outsidein.diagram.server.source.DiagramElementTypes;
import org.outsidein.diagram.server.source.DiagramOperation;
import org.outsidein.diagram.server.source.DiagramSource;
import org.outsidein.diagram.server.source.DiagramTool;
import org.outsidein.diagram.tools.CompiledTool;
import org.outsidein.diagram.tools.ToolCommands;

/**
 * A diagram drawn from a description: the interpreter's graph, laid out by ELK, served as it is (node ids are the
 * interpreter's stable ids, node types its mapping names); edits run the description's tools as EMF commands. A
 * gesture the description has no tool for (deleting a role, renaming an aggregate) gets an unexecutable command.
 */
public final class DescriptionSource implements DiagramSource {

	private final CompiledDescription description;
	private final EObject root;
	private final DescriptionTools tools;
	/** The graph last drawn, by node and edge id: edits name what the user saw. */
	private volatile Drawn drawn;

	private record Drawn(Map<String, DiagramNode> nodes, Map<String, DiagramEdge> edges) {
	}

	public DescriptionSource(CompiledDescription description, EObject root) {
		this.description = description;
		this.root = root;
		this.tools = new DescriptionTools(description);
	}

	public CompiledDescription description() {
		return description;
	}

	@Override
	public String diagramType() {
		return description.id();
	}

	@Override
	public String title() {
		return description.label() + ": " + ElementLabels.name(root);
	}

	@Override
	public org.outsidein.diagram.server.source.DiagramGraph graph() {
		DiagramGraph graph = draw();
		return ServedGraph.of(graph, node -> tools.renaming(node.mapping()).isPresent());
	}

	/** The description's own graph, laid out, as {@link #graph()} serves it. */
	public DiagramGraph draw() {
		DiagramGraph graph = DiagramInterpreter.interpret(description, root);
		DiagramLayout.layout(graph);
		Map<String, DiagramNode> nodes = new HashMap<>();
		graph.allNodes().forEach(node -> nodes.put(node.id(), node));
		Map<String, DiagramEdge> edges = new HashMap<>();
		graph.edges().forEach(edge -> edges.put(edge.id(), edge));
		drawn = new Drawn(nodes, edges);
		return graph;
	}

	@Override
	public List<DiagramTool> tools() {
		return tools.palette();
	}

	@Override
	public List<DiagramElementType> elementTypes() {
		List<DiagramElementType> types = new ArrayList<>();
		Map<String, List<String>> droppable = tools.droppable();
		Set<String> dragged = new LinkedHashSet<>();
		droppable.values().forEach(dragged::addAll);
		List<DiagramTool> palette = tools();
		for (CompiledNodeMapping mapping : description.allNodeMappings()) {
			String type = DiagramElementTypes.node(mapping.name());
			List<String> containable = new ArrayList<>();
			palette.stream().filter(tool -> tool.containerTypes().contains(type)).forEach(tool -> containable.add(tool.id()));
			droppable.getOrDefault(mapping.name(), List.of()).forEach(m -> containable.add(DiagramElementTypes.node(m)));
			types.add(new DiagramElementType(type, tools.deleting(mapping.name()).isPresent(),
					dragged.contains(mapping.name()), containable));
			types.add(new DiagramElementType(DiagramElementTypes.aggregate(mapping.name()), false, false, List.of()));
		}
		for (var mapping : description.edgeMappings()) {
			types.add(new DiagramElementType(DiagramElementTypes.edge(mapping.name()),
					tools.deleting(mapping.name()).isPresent(), false, List.of()));
			types.add(new DiagramElementType(DiagramElementTypes.folded(mapping.name()), false, false, List.of()));
		}
		return types;
	}

	/** The element a node draws; empty for an aggregate node (it stands for many) or an unknown id. */
	@Override
	public Optional<EObject> elementOf(String nodeId) {
		return Optional.ofNullable(node(nodeId)).map(DiagramNode::element);
	}

	@Override
	public List<String> nodesOf(EObject element) {
		return drawn().nodes().values().stream().filter(node -> node.element() == element).map(DiagramNode::id).toList();
	}

	@Override
	public Command apply(DiagramOperation operation) {
		Command command = null;
		if (operation instanceof DiagramOperation.Create create) {
			command = create(create);
		} else if (operation instanceof DiagramOperation.Connect connect) {
			command = connect(connect);
		} else if (operation instanceof DiagramOperation.Delete delete) {
			command = delete(delete);
		} else if (operation instanceof DiagramOperation.Rename rename) {
			command = rename(rename);
		} else if (operation instanceof DiagramOperation.Drop drop) {
			command = drop(drop);
		}
		return command == null ? UnexecutableCommand.INSTANCE : command;
	}

	private Command create(DiagramOperation.Create create) {
		CompiledTool tool = tools.named(create.toolId(), CreateNodeTool.class).orElse(null);
		if (tool == null) {
			return null;
		}
		Optional<String> parentMapping = tools.parentOf(((CreateNodeTool) tool.tool()).getMapping().getName());
		if (create.containerId() == null) {
			return parentMapping.isEmpty() ? ToolCommands.createNode(tool, root, root) : null;
		}
		DiagramNode container = node(create.containerId());
		if (container == null || container.element() == null || !parentMapping.equals(Optional.of(container.mapping()))) {
			return null;
		}
		return ToolCommands.createNode(tool, root, container.element());
	}

	private Command connect(DiagramOperation.Connect connect) {
		CompiledTool tool = tools.named(connect.toolId(), CreateEdgeTool.class).orElse(null);
		DiagramNode source = node(connect.sourceId());
		DiagramNode target = node(connect.targetId());
		if (tool == null || source == null || target == null || source.element() == null || target.element() == null) {
			return null;
		}
		var mapping = ((CreateEdgeTool) tool.tool()).getMapping();
		boolean fits = mapping.getSourceMappings().stream().anyMatch(m -> m.getName().equals(source.mapping()))
				&& mapping.getTargetMappings().stream().anyMatch(m -> m.getName().equals(target.mapping()));
		return fits ? ToolCommands.createEdge(tool, root, source.element(), target.element()) : null;
	}

	/** All or nothing: one selected element the description cannot delete refuses the whole deletion. */
	private Command delete(DiagramOperation.Delete delete) {
		CompoundCommand all = new CompoundCommand("Delete");
		Set<String> seen = new LinkedHashSet<>();
		for (String id : delete.nodeIds()) {
			Command one = deleteOne(id);
			if (one == null) {
				return null;
			}
			if (seen.add(id)) {
				all.append(one);
			}
		}
		return all.isEmpty() ? null : all.unwrap();
	}

	private Command deleteOne(String id) {
		DiagramNode node = node(id);
		if (node != null) {
			Optional<CompiledTool> tool = tools.deleting(node.mapping());
			if (node.element() == null || tool.isEmpty()) {
				return null;
			}
			return ToolCommands.delete(tool.get(), root, node.element(), elementOf(node.parent()));
		}
		DiagramEdge edge = drawn().edges().get(id);
		if (edge == null || edge.element() == null) {
			return null;
		}
		return tools.deleting(edge.mapping()).map(tool -> ToolCommands.delete(tool, root, edge.element(), root))
				.orElse(null);
	}

	private Command rename(DiagramOperation.Rename rename) {
		DiagramNode node = node(rename.nodeId());
		if (node == null || node.element() == null || rename.newLabel() == null || rename.newLabel().isBlank()) {
			return null;
		}
		return tools.renaming(node.mapping())
				.map(tool -> ToolCommands.directEdit(tool, root, node.element(), rename.newLabel().strip()))
				.orElse(null);
	}

	private Command drop(DiagramOperation.Drop drop) {
		DiagramNode node = node(drop.nodeId());
		DiagramNode into = drop.containerId() == null ? null : node(drop.containerId());
		if (node == null || node.element() == null || (drop.containerId() != null && into == null)
				|| (into != null && into.element() == null) || into == node.parent()) {
			return null;
		}
		return tools.dropping(node.mapping(), into == null ? null : into.mapping())
				.map(tool -> ToolCommands.drop(tool, root, node.element(), elementOf(node.parent()), elementOf(into)))
				.orElse(null);
	}

	private EObject elementOf(DiagramNode container) {
		return container == null ? root : container.element();
	}

	/** A node of the graph last drawn (every tab's redraw refreshes it, so it is what the user sees). */
	private DiagramNode node(String id) {
		return id == null ? null : drawn().nodes().get(id);
	}

	/** Drawn now when an edit comes before any drawing (a caller editing without showing the diagram). */
	private Drawn drawn() {
		if (drawn == null) {
			draw();
		}
		return drawn;
	}
}
