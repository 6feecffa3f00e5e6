package org.outsidein.diagram.ui;

import java.util.List;

import org.outsidein.diagram.server.descriptions.DiagramSessions;
import org.outsidein.diagram.server.source.DiagramSource;
import org.outsidein.ui.editor.ModelEditor;

/**
 * The diagrams a model in an editor can be edited through: one per diagram description that applies to it. Their
 * edits are commands the server runs on the editor's own command stack.
 */
final class DiagramSources {

	private DiagramSources() {
	}

	static List<DiagramSource> of(ModelEditor editor) {
		return DiagramSessions.sourcesFor(editor.edited().model());
	}
}
