package org.outsidein.diagram.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.outsidein.cli.Arguments;
import org.outsidein.cli.Command;
import org.outsidein.cli.CommandContext;
import org.outsidein.cli.ExitCodes;
import org.outsidein.cli.UsageException;
import org.outsidein.diagram.server.DiagramSession;
import org.outsidein.diagram.server.customers.CustomerDiagram;
import org.outsidein.diagram.server.web.DiagramServer;

/**
 * {@code outsidein serve MODEL [--port N]}: the model's diagram in a browser. Prints the address to open (with the
 * session token) and serves until interrupted; nothing is written until the user saves from the page.
 */
public class ServeCommand implements Command {

	private static final int HIGHEST_PORT = 65535;

	@Override
	public int run(List<String> raw, CommandContext context) throws Exception {
		Arguments arguments = Arguments.parse(raw, Set.of("port"), Set.of());
		Path file = context.path(arguments.expectPositional(1, "the model file").get(0));
		int port = port(arguments);
		DiagramSession session = CustomerDiagram.open(file);
		DiagramServer server = new DiagramServer(session).start(port);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server), "outsidein-serve-shutdown"));
		context.out().println("Serving the diagram of " + context.display(file) + " (Ctrl-C to stop):");
		context.out().println(server.pageUri());
		context.out().flush();
		server.join();
		return ExitCodes.OK;
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
