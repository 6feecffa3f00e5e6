package org.outsidein.diagram.server.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.outsidein.diagram.server.DiagramSession;
import org.outsidein.diagram.server.source.DiagramSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The session's diagrams, as JSON ({@code [{"type":..,"title":..}]}), for the page's list of diagrams. */
final class DiagramListServlet extends HttpServlet {

	static final String PATH = "/diagrams";
	private static final long serialVersionUID = 1L;

	private final transient DiagramSession session;

	DiagramListServlet(DiagramSession session) {
		this.session = session;
	}

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
		JsonArray diagrams = new JsonArray();
		for (DiagramSource source : session.sources()) {
			JsonObject diagram = new JsonObject();
			diagram.addProperty("type", source.diagramType());
			diagram.addProperty("title", session.access().call(source::title));
			diagrams.add(diagram);
		}
		response.setContentType("application/json; charset=utf-8");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Cache-Control", "no-store");
		response.getOutputStream().write(diagrams.toString().getBytes(StandardCharsets.UTF_8));
	}
}
