package org.outsidein.diagram.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.outsidein.cli.Arguments;
import org.outsidein.cli.Command;
import org.outsidein.cli.CommandContext;
import org.outsidein.cli.ExitCodes;
import org.outsidein.cli.UsageException;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.diagram.descriptions.DescriptionException;
import org.outsidein.diagram.server.DiagramSession;
import org.outsidein.diagram.server.descriptions.DiagramSessions;
import org.outsidein.diagram.server.source.DiagramSource;
import org.outsidein.diagram.server.web.DiagramServer;
import org.outsidein.model.OutsideInModel;

/**
 * {@code outsidein serve MODEL [--port N] [--diagram ID] [--description-file FILE] [--timings]}: the model's diagrams
 * (every description that applies to it, or the one named; and a description file not yet packaged as a plug-in) in
 * a browser. Prints one address per diagram (with the session token) and serves
 * until interrupted; nothing is written until the user saves from a page.
 */
public class ServeCommand implements Command {

	private static final int HIGHEST_PORT = 65535;
	/** How long the addresses wait for the server to be ready to answer them promptly (a few seconds at most). */
	private static final Duration READY_WITHIN = Duration.ofSeconds(20);

	@Override
	public int run(List<String> raw, CommandContext context) throws Exception {
		Arguments arguments = Arguments.parse(raw, Set.of("port", "diagram", "description-file"), Set.of("timings"));
		Path file = context.path(arguments.expectPositional(1, "the model file").get(0));
		int port = port(arguments);
		long start = System.nanoTime();
		OutsideInModel model = ModelFiles.load(file);
		long loaded = System.nanoTime();
		List<DiagramSource> sources = chosen(offered(model, arguments, context), arguments.value("diagram").orElse(null));
		DiagramSession session = new DiagramSession(file, model.eResource(), new BasicCommandStack(), sources);
		// The diagram the first address shows is drawn before the addresses are printed, so that the first page is
		// sent it at once (and every window after it, until the model changes).
		if (arguments.flag("timings")) {
			FirstDiagramTimings.print(session, loaded - start, context.err());
		} else {
			try {
				session.graph(sources.get(0).diagramType());
			} catch (RuntimeException e) {
				// a description this model breaks: the page that asks for it shows why
			}
		}
		DiagramServer server = new DiagramServer(session).start(port);
		server.awaitReady(READY_WITHIN);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server), "outsidein-serve-shutdown"));
		context.out().println("Serving the diagrams of " + context.display(file) + " (Ctrl-C to stop):");
		for (DiagramSource source : sources) {
			context.out().println("  " + source.title());
			context.out().println("  " + server.pageUri(source.diagramType()));
		}
		context.out().flush();
		server.join();
		return ExitCodes.OK;
	}

	/** The installed descriptions that apply, and the one --description-file names (it comes first). */
	private static List<DiagramSource> offered(OutsideInModel model, Arguments arguments, CommandContext context)
			throws UsageException {
		List<DiagramSource> offered = new ArrayList<>();
		Optional<String> file = arguments.value("description-file");
		if (file.isPresent()) {
			try {
				offered.add(DiagramSessions.fromFile(context.path(file.get()), model));
			} catch (DescriptionException e) {
				throw new UsageException(e.getMessage());
			}
		}
		offered.addAll(DiagramSessions.sourcesFor(model));
		return offered;
	}

	private static List<DiagramSource> chosen(List<DiagramSource> applicable, String id) throws UsageException {
		List<String> ids = applicable.stream().map(DiagramSource::diagramType).toList();
		if (applicable.isEmpty()) {
			throw new UsageException("no diagram description applies to this model");
		}
		if (id == null) {
			return applicable;
		}
		return List.of(applicable.stream().filter(source -> source.diagramType().equals(id)).findFirst()
				.orElseThrow(() -> new UsageException("no diagram '" + id + "' for this model; there are " + ids)));
	}

	private static int port(Arguments arguments) throws UsageException {
		String text = arguments.value("port").orElse("0");
		try {
			int port = Integer.parseInt(text);
			if (port < 0 || port > HIGHEST_PORT) {
				throw new NumberFormatException();
			}
			return port;
		} catch (NumberFormatException e) {
			throw new UsageException("--port takes a port number (0 to 65535; 0 picks a free one), got '" + text + "'");
		}
	}

	private static void stop(DiagramServer server) {
		try {
			server.close();
		} catch (Exception e) {
			// The process is ending anyway; the model on disk is only ever written by an explicit save.
		}
	}
}
