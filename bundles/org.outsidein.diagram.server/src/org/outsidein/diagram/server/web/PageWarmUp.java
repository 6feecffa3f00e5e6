package org.outsidein.diagram.server.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Asks a freshly started server for what a browser asks first (the page, its script and styles, the list of
 * diagrams), once, on a background thread. A server's first answers are slow, Jetty's and our servlets' code running
 * for the first time: the page alone took a third of a second, and its script as long again, before the first user's
 * page could start. Answers and failures are ignored: the user's page asks again anyway.
 */
final class PageWarmUp {

	private PageWarmUp() {
	}

	/** @param page the page's address, with the session token; the thread asking, started */
	static Thread start(URI page) {
		Thread thread = new Thread(() -> fetchAll(page), "outsidein-diagram-warm-up");
		thread.setDaemon(true);
		thread.start();
		return thread;
	}

	private static void fetchAll(URI page) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		String token = page.getRawQuery();
		for (URI address : List.of(page, page.resolve("/diagram.js"), page.resolve("/diagram.css"),
				page.resolve(DiagramListServlet.PATH + "?" + token))) {
			try {
				client.send(HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(10)).build(),
						HttpResponse.BodyHandlers.discarding());
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			} catch (Exception e) {
				return; // a server stopped at once, say: nothing to warm
			}
		}
	}
}
