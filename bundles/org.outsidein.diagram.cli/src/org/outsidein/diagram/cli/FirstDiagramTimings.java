package org.outsidein.diagram.cli;

import java.io.PrintStream;
import java.util.Locale;

import org.outsidein.diagram.server.DiagramSession;
import org.outsidein.diagram.server.FirstModelTiming;
import org.outsidein.diagram.server.source.DiagramSource;

/** {@code serve --timings}: loading the model, then each diagram's first model for a browser, as a ratio to the load. */
final class FirstDiagramTimings {

	private FirstDiagramTimings() {
	}

	static void print(DiagramSession session, long loadNanos, PrintStream err) {
		long load = Math.max(1, loadNanos / 1_000_000);
		err.printf("load %d ms%n", load);
		for (DiagramSource source : session.sources()) {
			FirstModelTiming timing = FirstModelTiming.measure(session, source.diagramType());
			err.printf(Locale.ROOT, "%s: first diagram model %d ms (%.2fx the load; %d nodes, %d edges)%n",
					timing.diagramType(), timing.millis(), (double) timing.millis() / load, timing.nodes(), timing.edges());
		}
		err.flush();
	}
}
