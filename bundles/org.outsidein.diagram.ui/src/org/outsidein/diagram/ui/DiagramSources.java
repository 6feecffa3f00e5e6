package org.outsidein.diagram.ui;

import java.util.List;

import org.outsidein.diagram.server.customers.CustomersByRoleSource;
import org.outsidein.diagram.server.source.DiagramSource;
import org.outsidein.ui.editor.ModelEditor;

/** The diagrams a model in an editor can be edited through, each editing with the editor's own domain. */
final class DiagramSources {

	private DiagramSources() {
	}

	static List<DiagramSource> of(ModelEditor editor) {
		return List.of(new CustomersByRoleSource(editor.edited().model(), editor.edited().domain()));
	}
}
