package org.outsidein.diagram.server.web;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.gson.ServerGsonConfigurator;
import org.eclipse.glsp.server.websocket.GLSPConfigurator;
import org.eclipse.glsp.server.websocket.GLSPServerEndpoint;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.outsidein.diagram.server.DiagramSession;
import org.outsidein.diagram.server.SessionToken;
import org.outsidein.diagram.server.glsp.OutsideInDiagramModule;

import com.google.inject.Guice;
import com.google.inject.Injector;

import jakarta.websocket.server.ServerEndpointConfig;

/**
 * An in-process GLSP server for one {@link DiagramSession}, on 127.0.0.1 only, serving the web client, the list of
 * the session's diagrams ({@value DiagramListServlet#PATH}) and the diagrams' websocket ({@value #ENDPOINT}) from the
 * same origin, behind an {@link AccessGuard}. Every diagram of the session is served; the page asks for one by its
 * type. The workbench starts one for the model an editor has open, with the editor's resource and command stack.
 */
public final class DiagramServer implements AutoCloseable {

	public static final String ENDPOINT = "/glsp";
	/** The largest message a page may send; only a page holding the session's token gets to send any. */
	private static final int MAX_MESSAGE_BYTES = 32 * 1024 * 1024;

	private final DiagramSession session;
	private final SessionToken token = SessionToken.random();
	private Server server;
	private PreparedInjectors injectors;
	private Thread warmUp;
	private int port;

	public DiagramServer(DiagramSession session) {
		this.session = session;
	}

	/** Starts on {@code port} (0: any free port) and returns at once; the server runs on its own threads. */
	public DiagramServer start(int requestedPort) throws Exception {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		// Jetty and GLSP find their parts through ServiceLoader on the context class loader, and the threads Jetty
		// starts inherit it: inside OSGi it must be this bundle's, which holds them all.
		thread.setContextClassLoader(DiagramServer.class.getClassLoader());
		try {
			server = new Server();
			ServerConnector connector = new ServerConnector(server);
			connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
			connector.setPort(requestedPort);
			server.addConnector(connector);
			ServletContextHandler context = new ServletContextHandler();
			context.setContextPath("/");
			context.addServlet(new ServletHolder(new StaticFilesServlet()), "/");
			context.addServlet(new ServletHolder(new DiagramListServlet(session)), DiagramListServlet.PATH);
			JakartaWebSocketServletContainerInitializer.configure(context, (servletContext, container) -> {
				// The page reports the size of every element it drew in one message, a few hundred kilobytes for a
				// diagram of a thousand customers: above Jetty's 64 KB default, which closes the connection.
				container.setDefaultMaxTextMessageBufferSize(MAX_MESSAGE_BYTES);
				container.addEndpoint(endpointConfig());
			});
			AccessGuard guard = new AccessGuard(token, ENDPOINT, List.of(DiagramListServlet.PATH), context);
			server.setHandler(guard);
			server.start();
			port = connector.getLocalPort();
			guard.setOwnHost(connector.getHost() + ":" + port);
			warmUp = PageWarmUp.start(pageUri());
			return this;
		} finally {
			thread.setContextClassLoader(previous);
		}
	}

	private ServerEndpointConfig endpointConfig() {
		injectors = new PreparedInjectors(this::newInjector, DiagramServer.class.getClassLoader());
		return ServerEndpointConfig.Builder.create(GLSPServerEndpoint.class, ENDPOINT)
				.configurator(new GLSPConfigurator(injectors)).build();
	}

	/** Each browser connection gets its own GLSP server, knowing every diagram; all of them edit the one session. */
	private Injector newInjector() {
		ServerModule module = new ServerModule();
		session.sources().forEach(source -> module.configureDiagramModule(new OutsideInDiagramModule(session, source)));
		Injector injector = Guice.createInjector(module);
		// A page's websocket handshake asks for GLSP's Gson configurator, which draws up every diagram's actions by
		// making and disposing of a session per diagram type: half a second on a fresh server. Made here, ahead of
		// the page (see PreparedInjectors), the handshake finds it ready.
		injector.getInstance(ServerGsonConfigurator.class);
		return injector;
	}

	/**
	 * Waits, at most {@code atMost}, until the first page will be answered without the server's first-run delays
	 * (the next connection's GLSP injector made, the page's files asked for once). The command line waits before it
	 * prints the addresses, so that they answer promptly once shown; the workbench does not wait, its UI thread must
	 * not.
	 */
	public void awaitReady(Duration atMost) throws InterruptedException {
		long deadline = System.nanoTime() + atMost.toNanos();
		injectors.awaitNext(atMost);
		long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
		warmUp.join(left);
	}

	public int port() {
		return port;
	}

	public SessionToken token() {
		return token;
	}

	/** The address to open: the page, with the session token the page passes on to the websocket. */
	public URI pageUri() {
		return URI.create("http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + port + "/?token="
				+ token.value());
	}

	/** The address of one diagram of the session. */
	public URI pageUri(String diagramType) {
		return URI.create(pageUri() + "&diagram=" + URLEncoder.encode(diagramType, StandardCharsets.UTF_8));
	}

	public void join() throws InterruptedException {
		server.join();
	}

	@Override
	public void close() throws Exception {
		if (server != null) {
			server.stop();
		}
		if (injectors != null) {
			injectors.close();
		}
	}
}
