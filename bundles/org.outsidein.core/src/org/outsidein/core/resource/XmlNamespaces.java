package org.outsidein.core.resource;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The namespaces of a model file for {@link ModelXmlScanner}: declared on the root element only, as EMF writes
 * them (the scanner refuses a declaration anywhere else), with plain prefixes. Resolves the root element's name and
 * each attribute's, refusing an undeclared prefix and an attribute given twice, as the XML parser would.
 */
final class XmlNamespaces {

	/** Namespace by prefix; "" for the default namespace. */
	private final Map<String, String> namespaces = new HashMap<>();

	/** Records the declaration {@code name="uri"} (xmlns or xmlns:prefix); returns its prefix. */
	String declare(String name, String uri) {
		String prefix = name.length() == 5 ? "" : name.substring(6);
		if (name.length() == 6 || !isPlainPrefix(prefix) || !prefix.isEmpty() && uri.isEmpty()
				|| namespaces.putIfAbsent(prefix, uri) != null) {
			throw new FastLoadRefusal("the namespace declaration " + name + "=\"" + uri + "\"");
		}
		return prefix;
	}

	/** A prefix of letters, digits, '_', '-' and '.', not starting with a digit, '-', '.' or "xml" (reserved). */
	private static boolean isPlainPrefix(String prefix) {
		if (prefix.toLowerCase(Locale.ROOT).startsWith("xml")) {
			return false;
		}
		for (int i = 0; i < prefix.length(); i++) {
			char c = prefix.charAt(i);
			boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
			if (!letter && (i == 0 || !(c >= '0' && c <= '9' || c == '-' || c == '.'))) {
				return false;
			}
		}
		return true;
	}

	/** The namespace of the root element, by its prefix (or the default namespace, or none). */
	String ofRoot(String qName) {
		int colon = qName.indexOf(':');
		String uri = namespaces.get(colon < 0 ? "" : qName.substring(0, colon));
		if (colon >= 0 && (uri == null || colon == qName.length() - 1 || qName.indexOf(':', colon + 1) >= 0)) {
			throw new FastLoadRefusal("the root element <" + qName + "> in no declared namespace");
		}
		return uri == null ? "" : uri;
	}

	/** Each attribute's namespace and local name; the same attribute twice is refused, as the parser refuses it. */
	void resolve(ScannedAttributes attributes) {
		for (int i = 0, length = attributes.getLength(); i < length; i++) {
			String qName = attributes.getQName(i);
			int colon = qName.indexOf(':');
			if (colon < 0) {
				attributes.name(i, "", qName);
			} else {
				String uri = namespaces.get(qName.substring(0, colon));
				String localName = qName.substring(colon + 1);
				if (uri == null || uri.isEmpty() || localName.isEmpty() || localName.indexOf(':') >= 0) {
					throw new FastLoadRefusal("the attribute " + qName + " in no declared namespace");
				}
				attributes.name(i, uri, localName);
			}
			for (int j = 0; j < i; j++) {
				if (attributes.getURI(j).equals(attributes.getURI(i))
						&& attributes.getLocalName(j).equals(attributes.getLocalName(i))) {
					throw new FastLoadRefusal("the attribute " + qName + " twice");
				}
			}
		}
	}
}
