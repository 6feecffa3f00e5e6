package org.outsidein.diagram.server.glsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.server.actions.TriggerEdgeCreationAction;
import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.outsidein.diagram.server.source.DiagramSource;
import org.outsidein.diagram.server.source.DiagramTool;

import com.google.inject.Inject;

/** The palette: a "Create" group with the source's node tools, a "Connect" group with its edge tools. */
public class SourceToolPalette implements ToolPaletteItemProvider {

	@Inject
	private DiagramSource source;

	@Override
	public List<PaletteItem> getItems(Map<String, String> args) {
		List<PaletteItem> create = new ArrayList<>();
		List<PaletteItem> connect = new ArrayList<>();
		for (DiagramTool tool : source.tools()) {
			if (tool.isEdgeTool()) {
				connect.add(new PaletteItem(tool.id(), tool.label(), new TriggerEdgeCreationAction(tool.id())));
			} else {
				create.add(new PaletteItem(tool.id(), tool.label(), new TriggerNodeCreationAction(tool.id())));
			}
		}
		List<PaletteItem> groups = new ArrayList<>();
		if (!create.isEmpty()) {
			groups.add(PaletteItem.createPaletteGroup("create", "Create", create, "symbol-property"));
		}
		if (!connect.isEmpty()) {
			groups.add(PaletteItem.createPaletteGroup("connect", "Connect", connect, "arrow-both"));
		}
		return groups;
	}
}
