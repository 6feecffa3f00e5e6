package org.outsidein.diagram.server;

import org.outsidein.diagram.server.glsp.SourceGModelFactory;
import org.outsidein.diagram.server.source.DiagramGraph;

/**
 * How long a diagram takes to become the model GLSP sends a browser, from the loaded model: interpretation, layout,
 * the user's positions and the GModel, as a page opening it gets them (the client's drawing comes on top).
 */
public record FirstModelTiming(String diagramType, long millis, int nodes, int edges) {

	public static FirstModelTiming measure(DiagramSession session, String diagramType) {
		long start = System.nanoTime();
		DiagramGraph graph = session.graph(diagramType);
		SourceGModelFactory.build(graph);
		long millis = (System.nanoTime() - start) / 1_000_000;
		return new FirstModelTiming(diagramType, millis, graph.allNodes().size(), graph.edges().size());
	}
}
