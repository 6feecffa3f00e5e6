package org.outsidein.diagram.server.glsp;

import java.util.List;
import java.util.Map;

import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.outsidein.diagram.server.DiagramSession;

import com.google.inject.Inject;

/** The palette: one "Create" group with the source's tools. */
public class SourceToolPalette implements ToolPaletteItemProvider {

	@Inject
	private DiagramSession session;

	@Override
	public List<PaletteItem> getItems(Map<String, String> args) {
		List<PaletteItem> tools = session.source().tools().stream()
				.map(tool -> new PaletteItem(tool.id(), tool.label(), new TriggerNodeCreationAction(tool.id())))
				.toList();
		return List.of(PaletteItem.createPaletteGroup("create", "Create", tools, "symbol-property"));
	}
}
