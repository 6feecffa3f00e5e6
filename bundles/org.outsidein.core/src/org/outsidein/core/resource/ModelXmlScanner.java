package org.outsidein.core.resource;

import java.io.IOException;
import java.util.Arrays;

import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.ext.Locator2Impl;

/**
 * Reads a model file as EMF writes it and hands it to a SAX content handler, in place of the XML parser, which
 * spent half of the fast loader's time in the profile (100,000 customers) on generalities a model file never uses.
 * It knows a strict subset of XML 1.0: the declaration {@value #DECLARATION}, elements, attributes, white space,
 * comments, the predefined entities and character references, namespaces declared on the root element only. It
 * checks that subset as the parser would (names closed in order, attributes separated and not repeated, legal
 * characters, nothing after the root but white space and comments); anything outside it, or not well-formed, is a
 * {@link FastLoadRefusal}, and EMF's own parser then reads the file and reports what is wrong, as before. Having no
 * DOCTYPE, it has no entities to expand and nothing to fetch.
 */
final class ModelXmlScanner {

	static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

	private final CharInput in;
	private final ContentHandler handler;
	private final NameTable names = new NameTable();
	private final ScannedAttributes attributes = new ScannedAttributes();
	private final XmlNamespaces namespaces = new XmlNamespaces();
	private final StringBuilder decoded = new StringBuilder();
	private String[] open = new String[32];
	private int depth;

	ModelXmlScanner(CharInput in, ContentHandler handler) {
		this.in = in;
		this.handler = handler;
	}

	void scan() throws IOException, SAXException {
		Locator2Impl header = new Locator2Impl();
		header.setEncoding("UTF-8");
		header.setXMLVersion("1.0");
		handler.setDocumentLocator(header);
		for (int i = 0; i < DECLARATION.length(); i++) {
			if (in.next() != DECLARATION.charAt(i)) {
				throw new FastLoadRefusal("another XML declaration than " + DECLARATION);
			}
		}
		int c = outsideRoot();
		if (c < 0) {
			throw new FastLoadRefusal("no root element");
		}
		startTag();
		while (depth > 0) {
			content();
		}
		if (outsideRoot() >= 0) {
			throw new FastLoadRefusal("an element after the root element");
		}
	}

	/** Skips white space and comments; returns the first character of the element that follows, or -1 at the end. */
	private int outsideRoot() throws IOException {
		for (int c = in.next();; c = in.next()) {
			if (c < 0) {
				return -1;
			}
			if (c == '<') {
				int d = in.next();
				if (d == '!') {
					comment();
				} else if (d == '?' || d < 0) {
					throw new FastLoadRefusal("a processing instruction, or a file ending in '<'");
				} else {
					return d;
				}
			} else if (!XmlText.isSpace(c)) {
				throw new FastLoadRefusal("text outside the root element");
			}
		}
	}

	/** One piece of an element's content: a tag, a comment or a text. */
	private void content() throws IOException, SAXException {
		int c = in.next();
		if (c == '<') {
			int d = in.next();
			if (d == '/') {
				endTag();
			} else if (d == '!') {
				comment();
			} else if (d == '?' || d < 0) {
				throw new FastLoadRefusal("a processing instruction, or a file ending in '<'");
			} else {
				startTag();
			}
		} else if (c < 0) {
			throw new FastLoadRefusal("the file ends inside <" + open[depth - 1] + ">");
		} else {
			in.back();
			text();
		}
	}

	/** After "<!": a comment, "--" to "-->" with no "--" inside; anything else (DOCTYPE, CDATA) is refused. */
	private void comment() throws IOException {
		if (in.next() != '-' || in.next() != '-') {
			throw new FastLoadRefusal("a DOCTYPE or CDATA section, or a broken comment");
		}
		int dashes = 0;
		for (int c = in.next();; c = in.next()) {
			if (c < 0 || !XmlText.isLegal(c)) {
				throw new FastLoadRefusal("an unfinished comment");
			}
			if (dashes >= 2) {
				if (c != '>') {
					throw new FastLoadRefusal("'--' inside a comment");
				}
				return;
			}
			dashes = c == '-' ? dashes + 1 : 0;
		}
	}

	/** The characters up to the next '<': white space between elements, or the value of an attribute element. */
	private void text() throws IOException, SAXException {
		in.mark();
		boolean plain = in.skipTo('<', true);
		char[] chars = in.buffer();
		int start = in.markStart();
		int end = in.position();
		in.unmark();
		if (plain) {
			handler.characters(chars, start, end - start);
			return;
		}
		StringBuilder text = XmlText.decode(XmlText.check(chars, start, end, false), start, end, false, decoded);
		char[] copy = new char[text.length()];
		text.getChars(0, copy.length, copy, 0);
		handler.characters(copy, 0, copy.length);
	}

	/** After "<" and the name's first character: the start tag, given to the handler (and its end, if empty). */
	private void startTag() throws IOException, SAXException {
		in.back();
		String qName = name();
		attributes.clear();
		boolean empty = attributes(qName);
		String uri = depth == 0 ? namespaces.ofRoot(qName) : "";
		if (depth > 0 && qName.indexOf(':') >= 0) {
			throw new FastLoadRefusal("a qualified element <" + qName + ">");
		}
		namespaces.resolve(attributes);
		String localName = depth == 0 ? qName.substring(qName.indexOf(':') + 1) : qName;
		handler.startElement(uri, localName, qName, attributes);
		if (empty) {
			handler.endElement(uri, localName, qName);
			return;
		}
		if (depth == open.length) {
			open = Arrays.copyOf(open, depth * 2);
		}
		open[depth++] = qName;
	}

	/** A name: the characters up to white space, '=', '/', '>' or the end; none is a refusal. */
	private String name() throws IOException {
		in.mark();
		int c;
		while ((c = in.next()) >= 0 && !XmlText.isSpace(c) && c != '=' && c != '/' && c != '>') {
			// a name's characters: checked by the lookups that follow (only names of the metamodel are known)
		}
		if (c >= 0) {
			in.back();
		}
		int start = in.markStart();
		int length = in.position() - start;
		String name = length == 0 ? null : names.name(in.buffer(), start, length);
		in.unmark();
		if (name == null) {
			throw new FastLoadRefusal("a missing name");
		}
		return name;
	}

	/** Reads the attributes up to the tag's end; true when the element is empty ("/>"). */
	private boolean attributes(String element) throws IOException, SAXException {
		for (;;) {
			int c = in.next();
			boolean spaced = false;
			while (XmlText.isSpace(c)) {
				spaced = true;
				c = in.next();
			}
			if (c == '>') {
				return false;
			}
			if (c == '/') {
				if (in.next() != '>') {
					throw new FastLoadRefusal("'/' not followed by '>' in <" + element + ">");
				}
				return true;
			}
			if (c < 0 || !spaced) {
				throw new FastLoadRefusal("an unfinished tag, or attributes not separated by white space, in <" + element + ">");
			}
			in.back();
			String name = name();
			expectEquals();
			String value = value();
			if (name.equals("xmlns") || name.startsWith("xmlns:")) {
				if (depth > 0) {
					throw new FastLoadRefusal("a namespace declared below the root element");
				}
				handler.startPrefixMapping(namespaces.declare(name, value), value);
			} else {
				attributes.add(name, value);
			}
		}
	}

	private void expectEquals() throws IOException {
		int c = in.next();
		while (XmlText.isSpace(c)) {
			c = in.next();
		}
		if (c != '=') {
			throw new FastLoadRefusal("an attribute without '='");
		}
	}

	/** A quoted attribute value, normalised as XML normalises a value of type CDATA. */
	private String value() throws IOException {
		int quote = in.next();
		while (XmlText.isSpace(quote)) {
			quote = in.next();
		}
		if (quote != '"' && quote != '\'') {
			throw new FastLoadRefusal("an attribute value without quotes");
		}
		in.mark();
		boolean plain = in.skipTo((char) quote, false);
		char[] chars = in.buffer();
		int start = in.markStart();
		int end = in.position();
		if (in.next() != quote) {
			throw new FastLoadRefusal("an unfinished attribute value");
		}
		in.unmark();
		return plain ? new String(chars, start, end - start)
				: XmlText.decode(XmlText.check(chars, start, end, true), start, end, true, decoded).toString();
	}

	/** After "</": the end tag, which must close the element last opened. */
	private void endTag() throws IOException, SAXException {
		String qName = name();
		int c = in.next();
		while (XmlText.isSpace(c)) {
			c = in.next();
		}
		if (c != '>' || qName != open[depth - 1]) { // names are unique instances: see NameTable
			throw new FastLoadRefusal("</" + qName + "> does not close <" + open[depth - 1] + ">");
		}
		depth--;
		open[depth] = null;
		handler.endElement("", qName, qName);
	}
}
