package org.outsidein.diagram.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The web client's files, built into this bundle's {@code web/} folder: only names of the form {@code name.ext}
 * directly in it, so no path can reach anything else in the bundle.
 */
public final class StaticFilesServlet extends HttpServlet {

	private static final long serialVersionUID = 1L;
	private static final String FOLDER = "web/";
	private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js",
			"text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "ttf", "font/ttf");

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String path = request.getPathInfo() == null ? request.getServletPath() : request.getPathInfo();
		String name = path == null || "/".equals(path) || path.isEmpty() ? "index.html" : path.substring(1);
		URL file = name.matches("[A-Za-z0-9_-]+\\.[a-z0-9]+") ? getClass().getClassLoader().getResource(FOLDER + name)
				: null;
		String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
		if (file == null || type == null) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		response.setContentType(type);
		// The page must not be framed by another site (clickjacking), nor its type guessed.
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Cache-Control", "no-store");
		try (InputStream in = file.openStream()) {
			in.transferTo(response.getOutputStream());
		}
	}
}
