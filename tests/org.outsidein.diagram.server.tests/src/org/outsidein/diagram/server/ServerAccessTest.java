package org.outsidein.diagram.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.diagram.server.descriptions.DiagramSessions;
import org.outsidein.diagram.server.web.DiagramServer;

/**
 * The running server, reached with real HTTP and websocket clients: it listens on the loopback address only, serves
 * the client's page, refuses a websocket without the session token or from another origin, refuses a foreign Host,
 * and with both token and origin right speaks GLSP.
 */
class ServerAccessTest {

	@TempDir
	static Path folder;

	private static DiagramServer server;
	private static HttpClient http;
	private static String own;

	@BeforeAll
	static void start() throws Exception {
		server = new DiagramServer(DiagramSessions.open(ExampleCopy.in(folder))).start(0);
		http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		own = "http://127.0.0.1:" + server.port();
	}

	@AfterAll
	static void stop() throws Exception {
		server.close();
	}

	@Test
	void listensOnTheLoopbackAddressAndPrintsTheTokenInThePageAddress() {
		URI page = server.pageUri();
		assertEquals("127.0.0.1", page.getHost());
		assertEquals("token=" + server.token().value(), page.getQuery());
		assertTrue(server.token().value().length() >= 43, "256 random bits");
		assertThrows(IOException.class, () -> new Socket(nonLoopbackAddress(), server.port()).close());
	}

	@Test
	void servesThePageAndTheBuiltClient() throws Exception {
		HttpResponse<String> page = get(own + "/");
		assertEquals(200, page.statusCode());
		assertTrue(page.body().contains("<script src=\"diagram.js\">"), page.body());
		assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
		HttpResponse<String> script = get(own + "/diagram.js");
		assertEquals(200, script.statusCode());
		assertTrue(script.body().length() > 100_000, "the bundled GLSP client");
		// Jetty itself refuses the dot-dot path (400); the servlet refuses anything but a file of web/ (404).
		assertTrue(get(own + "/../META-INF/MANIFEST.MF").statusCode() >= 400);
		assertEquals(404, get(own + "/org/outsidein/diagram/server/SessionToken.class").statusCode());
		assertEquals(404, get(own + "/lib/guice.jar").statusCode());
	}

	@Test
	void listsTheModelsDiagramsOnlyWithTheToken() throws Exception {
		assertEquals(403, get(own + "/diagrams").statusCode());
		assertEquals(403, get(own + "/diagrams?token=guess").statusCode());
		HttpResponse<String> list = get(own + "/diagrams?token=" + server.token().value());
		assertEquals(200, list.statusCode());
		assertTrue(list.body().startsWith("[{\"type\":\"outsidein."), list.body());
		for (String type : java.util.List.of("outsidein.ecosystem", "outsidein.outcomes", "outsidein.engagement",
				"example.inventions")) {
			assertTrue(list.body().contains("\"type\":\"" + type + "\""), list.body());
		}
		assertTrue(list.body().contains("Customer ecosystem: Cairnwood Outdoor"), list.body());
		assertEquals("token=" + server.token().value() + "&diagram=outsidein.engagement",
				server.pageUri("outsidein.engagement").getQuery());
	}

	@Test
	void refusesAWebsocketWithoutTheToken() {
		assertRefused(connect("", own));
		assertRefused(connect("?token=guess", own));
		assertRefused(connect("?token=" + server.token().value().substring(1), own));
	}

	@Test
	void refusesAWebsocketFromAnotherOrigin() {
		assertRefused(connect("?token=" + server.token().value(), "http://evil.example"));
		assertRefused(connect("?token=" + server.token().value(), "http://localhost:" + server.port()));
		assertRefused(connect("?token=" + server.token().value(), null));
	}

	@Test
	void refusesAForeignHostHeader() throws Exception {
		assertTrue(rawGet("evil.example:" + server.port()).startsWith("HTTP/1.1 403"));
		assertTrue(rawGet("127.0.0.1:" + server.port()).startsWith("HTTP/1.1 200"));
	}

	@Test
	void withTokenAndOwnOriginTheServerSpeaksGlsp() throws Exception {
		CompletableFuture<String> reply = new CompletableFuture<>();
		WebSocket socket = connect("?token=" + server.token().value(), own, reply).get(10, TimeUnit.SECONDS);
		socket.sendText("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\","
				+ "\"params\":{\"applicationId\":\"test\",\"protocolVersion\":\"1.0.0\"}}", true);
		String answer = reply.get(20, TimeUnit.SECONDS);
		assertTrue(answer.contains("\"id\":1") && answer.contains("serverActions"), answer);
		socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
	}

	/** A page reports the sizes of everything it drew in one message: for a large diagram, far above 64 KB. */
	@Test
	void takesMessagesAsLargeAsAThousandCustomersDiagramsSizes() throws Exception {
		CompletableFuture<String> reply = new CompletableFuture<>();
		WebSocket socket = connect("?token=" + server.token().value(), own, reply).get(10, TimeUnit.SECONDS);
		String padding = "x".repeat(1_500_000);
		socket.sendText("{\"jsonrpc\":\"2.0\",\"method\":\"outsidein/padding\",\"params\":{\"text\":\"" + padding + "\"}}",
				true).get(10, TimeUnit.SECONDS);
		socket.sendText("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"initialize\","
				+ "\"params\":{\"applicationId\":\"test\",\"protocolVersion\":\"1.0.0\"}}", true);
		String answer = reply.get(20, TimeUnit.SECONDS);
		assertTrue(answer.contains("\"id\":7"), "the connection survived the large message: " + answer);
		socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
	}

	private static void assertRefused(CompletableFuture<WebSocket> connection) {
		ExecutionException failure = assertThrows(ExecutionException.class, () -> connection.get(10, TimeUnit.SECONDS));
		WebSocketHandshakeException handshake = assertInstanceOf(WebSocketHandshakeException.class, failure.getCause());
		assertEquals(403, handshake.getResponse().statusCode());
	}

	private static CompletableFuture<WebSocket> connect(String query, String origin) {
		return connect(query, origin, new CompletableFuture<>());
	}

	private static CompletableFuture<WebSocket> connect(String query, String origin, CompletableFuture<String> firstText) {
		WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
		if (origin != null) {
			builder.header("Origin", origin);
		}
		return builder.buildAsync(URI.create("ws://127.0.0.1:" + server.port() + DiagramServer.ENDPOINT + query),
				new WebSocket.Listener() {
					private final StringBuilder text = new StringBuilder();

					@Override
					public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
						text.append(data);
						if (last) {
							firstText.complete(text.toString());
							text.setLength(0);
						}
						webSocket.request(1);
						return null;
					}
				});
	}

	private static HttpResponse<String> get(String uri) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A request with a Host header of our choosing, which Java's HTTP client does not allow to set. */
	private static String rawGet(String host) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
			OutputStream out = socket.getOutputStream();
			out.write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
	}

	/** An address of this machine other than loopback: the server must not answer on it. */
	private static InetAddress nonLoopbackAddress() throws IOException {
		for (var network : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
			for (var address : java.util.Collections.list(network.getInetAddresses())) {
				if (!address.isLoopbackAddress() && address instanceof java.net.Inet4Address) {
					return address;
				}
			}
		}
		throw new IOException("no other address here; nothing to connect to");
	}
}
