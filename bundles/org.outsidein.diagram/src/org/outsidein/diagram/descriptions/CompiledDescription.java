package org.outsidein.diagram.descriptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.outsidein.diagram.description.DiagramDescription;
import org.outsidein.diagram.description.Tool;
import org.outsidein.diagram.expressions.Metamodel;
import org.outsidein.diagram.tools.CompiledTool;

/** A description checked against its metamodel, every expression compiled: ready to draw diagrams and run tools. */
public record CompiledDescription(DiagramDescription description, String source, Metamodel metamodel,
		EClass rootClass, List<CompiledNodeMapping> nodeMappings, List<CompiledEdgeMapping> edgeMappings,
		Map<Tool, CompiledTool> tools) {

	public String id() {
		return description.getId();
	}

	public String label() {
		return description.getLabel() == null ? description.getId() : description.getLabel();
	}

	/** Every node mapping, nested ones included, parents before their children. */
	public List<CompiledNodeMapping> allNodeMappings() {
		List<CompiledNodeMapping> all = new ArrayList<>();
		collect(nodeMappings, all);
		return all;
	}

	private static void collect(List<CompiledNodeMapping> mappings, List<CompiledNodeMapping> into) {
		for (CompiledNodeMapping mapping : mappings) {
			into.add(mapping);
			collect(mapping.children(), into);
		}
	}

	public Optional<CompiledTool> tool(String name) {
		return tools.entrySet().stream().filter(entry -> entry.getKey().getName().equals(name))
				.map(Map.Entry::getValue).findFirst();
	}
}
