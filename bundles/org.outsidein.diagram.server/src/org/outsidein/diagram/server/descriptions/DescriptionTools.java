package org.outsidein.diagram.server.descriptions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.outsidein.diagram.description.AbstractNodeMapping;
import org.outsidein.diagram.description.CreateEdgeTool;
import org.outsidein.diagram.description.CreateNodeTool;
import org.outsidein.diagram.description.DeleteTool;
import org.outsidein.diagram.description.DiagramElementMapping;
import org.outsidein.diagram.description.DirectEditTool;
import org.outsidein.diagram.description.DropTool;
import org.outsidein.diagram.description.Tool;
import org.outsidein.diagram.descriptions.CompiledDescription;
import org.outsidein.diagram.descriptions.CompiledNodeMapping;
import org.outsidein.diagram.server.source.DiagramElementTypes;
import org.outsidein.diagram.server.source.DiagramTool;
import org.outsidein.diagram.tools.CompiledTool;

/**
 * A description's tools as the server needs them: the palette (create-node and create-edge tools) and, for a node
 * of a given mapping, the tool that deletes, renames or drops it. Mappings are matched by name, as the graph names
 * them.
 */
final class DescriptionTools {

	private final CompiledDescription description;
	/** The mapping each nested mapping sits in; top-level mappings are absent. */
	private final Map<String, String> parents = new HashMap<>();

	DescriptionTools(CompiledDescription description) {
		this.description = description;
		for (CompiledNodeMapping mapping : description.allNodeMappings()) {
			mapping.children().forEach(child -> parents.put(child.name(), mapping.name()));
		}
	}

	/** What the palette offers: each create-node tool, then each create-edge tool, in the description's order. */
	List<DiagramTool> palette() {
		List<DiagramTool> nodes = new ArrayList<>();
		List<DiagramTool> edges = new ArrayList<>();
		for (Tool tool : description.tools().keySet()) {
			if (tool instanceof CreateNodeTool create && create.getMapping() != null) {
				String parent = parents.get(create.getMapping().getName());
				nodes.add(new DiagramTool(tool.getName(), label(tool), DiagramElementTypes.node(create.getMapping().getName()),
						parent == null ? List.of() : List.of(DiagramElementTypes.node(parent))));
			} else if (tool instanceof CreateEdgeTool create && create.getMapping() != null) {
				edges.add(DiagramTool.edge(tool.getName(), label(tool), DiagramElementTypes.edge(create.getMapping().getName()),
						nodeTypes(create.getMapping().getSourceMappings()),
						nodeTypes(create.getMapping().getTargetMappings())));
			}
		}
		nodes.addAll(edges);
		return nodes;
	}

	Optional<CompiledTool> named(String name, Class<? extends Tool> kind) {
		return description.tool(name).filter(tool -> kind.isInstance(tool.tool()));
	}

	/** The mapping a node mapping sits in, or empty at the top level. */
	Optional<String> parentOf(String mapping) {
		return Optional.ofNullable(parents.get(mapping));
	}

	Optional<CompiledTool> deleting(String mapping) {
		return first(DeleteTool.class, tool -> names(((DeleteTool) tool).getMappings()).contains(mapping));
	}

	Optional<CompiledTool> renaming(String mapping) {
		return first(DirectEditTool.class, tool -> names(((DirectEditTool) tool).getMappings()).contains(mapping));
	}

	/** @param into the mapping of the container dropped on; {@code null} for the diagram itself */
	Optional<CompiledTool> dropping(String dragged, String into) {
		return first(DropTool.class, tool -> {
			DropTool drop = (DropTool) tool;
			List<String> targets = nodeNames(drop.getInto());
			return nodeNames(drop.getDragged()).contains(dragged)
					&& (into == null ? targets.isEmpty() : targets.contains(into));
		});
	}

	/** Every (dragged mapping, container mapping) a drop tool allows; {@code null} container: the diagram. */
	Map<String, List<String>> droppable() {
		Map<String, List<String>> into = new HashMap<>();
		for (Tool tool : description.tools().keySet()) {
			if (tool instanceof DropTool drop) {
				for (String container : drop.getInto().isEmpty() ? java.util.Collections.singletonList((String) null)
						: nodeNames(drop.getInto())) {
					into.computeIfAbsent(container, c -> new ArrayList<>()).addAll(nodeNames(drop.getDragged()));
				}
			}
		}
		return into;
	}

	private Optional<CompiledTool> first(Class<? extends Tool> kind, java.util.function.Predicate<Tool> applies) {
		return description.tools().entrySet().stream().filter(e -> kind.isInstance(e.getKey()) && applies.test(e.getKey()))
				.map(Map.Entry::getValue).findFirst();
	}

	private static String label(Tool tool) {
		return tool.getLabel() == null ? tool.getName() : tool.getLabel();
	}

	private static List<String> names(List<DiagramElementMapping> mappings) {
		return mappings.stream().map(DiagramElementMapping::getName).toList();
	}

	private static List<String> nodeNames(List<AbstractNodeMapping> mappings) {
		return mappings.stream().map(AbstractNodeMapping::getName).toList();
	}

	private static List<String> nodeTypes(List<AbstractNodeMapping> mappings) {
		return mappings.stream().map(m -> DiagramElementTypes.node(m.getName())).toList();
	}
}
