package org.outsidein.core.resource;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the targets of a reference attribute as EMF's loader does: whitespace-separated tokens, each an id of an
 * element in the same file ({@code _c0}, or {@code #_c0}) or the URI of an element elsewhere ({@code
 * other.outsidein#_c0}, which becomes a proxy). A token naming a type ({@code outsidein:Customer uri}) or an attribute
 * with no token at all is left to EMF.
 */
final class ReferenceTargets {

	private ReferenceTargets() {
	}

	/** One target (an id or a proxy), or an array of them in document order. */
	static Object read(String text, CrossReferenceFeature feature, SharedProxies proxies) {
		if (!hasSeparator(text)) {
			return target(text, feature, proxies);
		}
		List<Object> targets = new ArrayList<>();
		int start = -1;
		for (int i = 0; i <= text.length(); i++) {
			boolean separator = i == text.length() || isSeparator(text.charAt(i));
			if (separator && start >= 0) {
				targets.add(target(text.substring(start, i), feature, proxies));
				start = -1;
			} else if (!separator && start < 0) {
				start = i;
			}
		}
		if (targets.isEmpty() || !feature.many() && targets.size() > 1) {
			throw new FastLoadRefusal(targets.size() + " targets for " + feature.reference().getName());
		}
		return targets.size() == 1 ? targets.get(0) : targets.toArray();
	}

	private static Object target(String token, CrossReferenceFeature feature, SharedProxies proxies) {
		int hash = token.indexOf('#');
		if (hash > 0) {
			return proxies.proxy(token, feature.proxyType());
		}
		String id = hash == 0 ? token.substring(1) : token;
		if (!isPlainId(id)) {
			throw new FastLoadRefusal("'" + token + "' among the targets of " + feature.reference().getName());
		}
		return id;
	}

	/**
	 * An id EMF looks up in the id map and nowhere else: not empty, not a path ({@code /0/@customers.1}), not ending
	 * in '?' (EMF strips a query there), not a type name ({@code outsidein:Customer}).
	 */
	private static boolean isPlainId(String id) {
		return !id.isEmpty() && id.charAt(0) != '/' && id.charAt(id.length() - 1) != '?' && id.indexOf(':') < 0;
	}

	private static boolean hasSeparator(String text) {
		// the JDK's indexOf searches many characters at a time, a loop one (a tenth of the scanner's own time in the
		// profile); a form feed, the tokenizer's fifth separator, is no XML 1.0 character and never in a value read
		return text.isEmpty() || text.indexOf(' ') >= 0 || text.indexOf('\t') >= 0 || text.indexOf('\n') >= 0
				|| text.indexOf('\r') >= 0;
	}

	/** The separators of java.util.StringTokenizer, which EMF's loader uses. */
	private static boolean isSeparator(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
	}
}
