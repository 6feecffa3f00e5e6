package org.outsidein.diagram.server.glsp;

import java.util.Optional;

/** A node's label has the node's id and a suffix, so an edit of the label finds its node again. */
final class Labels {

	private static final String SUFFIX = "_label";

	private Labels() {
	}

	static String idOf(String nodeId) {
		return nodeId + SUFFIX;
	}

	static Optional<String> nodeIdOf(String labelId) {
		return labelId != null && labelId.endsWith(SUFFIX)
				? Optional.of(labelId.substring(0, labelId.length() - SUFFIX.length()))
				: Optional.empty();
	}
}
