package org.outsidein.diagram.server.web;

import java.util.List;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.outsidein.diagram.server.SessionToken;

/**
 * Refuses, before anything else sees it, a request that could come from somewhere other than our own page: a Host
 * other than the server's own address (DNS rebinding), and on the diagram's websocket a missing or wrong token or an
 * Origin other than the server's own (any other page open in the user's browser could otherwise connect to a local
 * port and edit their model); the list of the diagrams, which names the model, needs the token. The static files of the client hold nothing private and need no token.
 */
public final class AccessGuard extends Handler.Wrapper {

	private final SessionToken token;
	private final String endpointPath;
	private final List<String> privatePaths;
	private String ownHost;

	/**
	 * @param endpointPath the websocket: token and our own origin
	 * @param privatePaths what else names the model: token (a browser sends no Origin on a same-origin GET, and no
	 *                     other page can read the answer)
	 */
	public AccessGuard(SessionToken token, String endpointPath, List<String> privatePaths, Handler handler) {
		super(handler);
		this.token = token;
		this.endpointPath = endpointPath;
		this.privatePaths = List.copyOf(privatePaths);
	}

	/** Set once the port is known (a free port is chosen when the server starts). */
	void setOwnHost(String hostAndPort) {
		this.ownHost = hostAndPort;
	}

	@Override
	public boolean handle(Request request, Response response, Callback callback) throws Exception {
		String refusal = refusal(request);
		if (refusal != null) {
			Response.writeError(request, response, callback, HttpStatus.FORBIDDEN_403, refusal);
			return true;
		}
		return super.handle(request, response, callback);
	}

	private String refusal(Request request) {
		if (ownHost == null || !ownHost.equals(request.getHeaders().get(HttpHeader.HOST))) {
			return "wrong host: open the address outsidein serve printed";
		}
		String path = request.getHttpURI().getPath();
		if (privatePaths.contains(path)) {
			return token.matches(Request.extractQueryParameters(request).getValue("token")) ? null
					: "wrong or missing session token";
		}
		if (!endpointPath.equals(path)) {
			return null;
		}
		if (!token.matches(Request.extractQueryParameters(request).getValue("token"))) {
			return "wrong or missing session token";
		}
		if (!("http://" + ownHost).equals(request.getHeaders().get(HttpHeader.ORIGIN))) {
			return "only the diagram page this server serves may connect";
		}
		return null;
	}
}
