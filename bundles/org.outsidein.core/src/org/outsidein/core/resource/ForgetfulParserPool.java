package org.outsidein.core.resource;

import java.util.Map;

import javax.xml.parsers.SAXParser;

import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * EMF's parser pool, except that a parser going back to the pool forgets the handler of its last parse. A pooled
 * parser otherwise keeps that handler, the handler keeps the resource it loaded, and the last model loaded never
 * leaves memory (hundreds of megabytes for a large one), however long ago it was closed.
 */
final class ForgetfulParserPool extends XMLParserPoolImpl {

	private static final String LEXICAL_HANDLER = "http://xml.org/sax/properties/lexical-handler";

	@Override
	public synchronized void release(SAXParser parser, Map<String, Boolean> features, Map<String, ?> properties,
			boolean useLexicalHandler) {
		try {
			XMLReader reader = parser.getXMLReader();
			reader.setContentHandler(null);
			reader.setDTDHandler(null);
			reader.setErrorHandler(null);
			reader.setEntityResolver(null);
			if (useLexicalHandler) {
				reader.setProperty(LEXICAL_HANDLER, null);
			}
		} catch (SAXException | RuntimeException e) {
			// A parser that cannot forget is not pooled: the next load makes a new one.
			return;
		}
		super.release(parser, features, properties, useLexicalHandler);
	}
}
