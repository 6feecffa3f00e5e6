package org.outsidein.diagram.server.source;

import java.util.List;

/**
 * What the client may do with the elements of one type: delete them, drag them into another container, and which
 * types (tool ids for creation, node types for dragging) a node of this type takes in.
 */
public record DiagramElementType(String type, boolean deletable, boolean reparentable, List<String> containable) {

	public DiagramElementType {
		containable = List.copyOf(containable);
	}
}
