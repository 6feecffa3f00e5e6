package org.outsidein.core.resource;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLHandler;
import org.outsidein.model.OutsideInPackage;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Loads a model file with a SAX handler that knows the metamodel ({@link ModelContentHandler}) instead of EMF's
 * general one, for files it fully understands: the model's namespace, well-formed XML, known elements and
 * attributes, valid values, ids that all resolve. On anything else it refuses and leaves the resource as it found
 * it; the caller then has EMF's own parser read the file from the start, so every error, with its line and column,
 * is what EMF reports. The parser is the one EMF would use, from the same pool with the same hardened features: no
 * DOCTYPE, no external entities, nothing fetched.
 */
final class FastLoader {

	/** The load options this loader knows to mean nothing it would have to do differently. */
	private static final Set<Object> KNOWN_OPTIONS = Set.of(XMLResource.OPTION_PARSER_FEATURES,
			XMLResource.OPTION_USE_PARSER_POOL, XMLResource.OPTION_DEFER_IDREF_RESOLUTION,
			XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, XMLResource.OPTION_RECORD_UNKNOWN_FEATURE);
	/** As much of the file as EMF's loader reads to find the declared encoding. */
	private static final int HEADER_BYTES = 200;

	private FastLoader() {
	}

	/** What became of a fast load: loaded, or refused and why. */
	record Outcome(boolean loaded, String refusal) {

		static final Outcome LOADED = new Outcome(true, null);

		static Outcome refused(String why) {
			return new Outcome(false, why);
		}
	}

	static Outcome load(OutsideInResource resource, InputStream in, Map<?, ?> options) {
		String unfit = unfitOptions(options);
		EPackage.Registry packages = resource.getResourceSet() == null ? EPackage.Registry.INSTANCE
				: resource.getResourceSet().getPackageRegistry();
		if (unfit == null && packages.getEPackage(OutsideInPackage.eNS_URI) != OutsideInPackage.eINSTANCE) {
			unfit = "the resource set maps the model's namespace to another package";
		}
		if (unfit != null) {
			return Outcome.refused(unfit);
		}
		ModelContentHandler handler = new ModelContentHandler(MetamodelIndex.of(OutsideInPackage.eINSTANCE),
				new SharedProxies(resource.getURI(), packages));
		try {
			parse(in, resource, handler, options);
			handler.resolveReferences();
		} catch (FastLoadRefusal refusal) {
			return Outcome.refused(refusal.getMessage());
		} catch (SAXException | IOException | ParserConfigurationException | RuntimeException e) {
			return Outcome.refused("unexpected: " + e);
		}
		resource.adoptLoaded(handler.root(), handler.ids());
		recordHeader(resource, handler);
		return Outcome.LOADED;
	}

	/** The encoding and XML version the parser found, recorded as EMF's loader does (a save writes them back). */
	private static void recordHeader(XMLResource resource, ModelContentHandler handler) {
		if (handler.encoding() != null) {
			resource.setEncoding(handler.encoding());
		}
		if (handler.xmlVersion() != null) {
			resource.setXMLVersion(handler.xmlVersion());
		}
	}

	/** Why the options ask for something this loader does not do, or null when they do not. */
	private static String unfitOptions(Map<?, ?> options) {
		if (options == null || !KNOWN_OPTIONS.containsAll(options.keySet())) {
			return "load options it does not know: " + (options == null ? null : options.keySet());
		}
		if (!OutsideInResource.hardenedParserFeatures().equals(options.get(XMLResource.OPTION_PARSER_FEATURES))) {
			return "other parser features than the hardened ones";
		}
		if (!(options.get(XMLResource.OPTION_USE_PARSER_POOL) instanceof XMLParserPool)) {
			return "no parser pool";
		}
		if (!Boolean.TRUE.equals(options.get(XMLResource.OPTION_DEFER_IDREF_RESOLUTION))
				|| !Boolean.FALSE.equals(options.get(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE))) {
			return "other reference or unknown-feature handling than Outside-In's";
		}
		return null;
	}

	private static void parse(InputStream in, XMLResource resource, ModelContentHandler handler, Map<?, ?> options)
			throws SAXException, IOException, ParserConfigurationException {
		@SuppressWarnings("unchecked")
		Map<String, Boolean> features = (Map<String, Boolean>) options.get(XMLResource.OPTION_PARSER_FEATURES);
		XMLParserPool pool = (XMLParserPool) options.get(XMLResource.OPTION_USE_PARSER_POOL);
		InputStream buffered = new BufferedInputStream(in);
		InputSource source = new InputSource(buffered);
		// EMF's loader tells the parser the encoding the XML declaration names, rather than letting it detect one
		String declared = declaredEncoding(buffered);
		resource.setEncoding(declared);
		if (resource.getURI() != null) {
			source.setPublicId(resource.getURI().toString());
			source.setSystemId(resource.getURI().toString());
			source.setEncoding(declared);
		}
		SAXParser parser = pool.get(features, Collections.emptyMap(), false);
		parser.parse(source, handler);
		// Only a parser that finished its document goes back; the pool makes it forget this handler.
		pool.release(parser, features, Collections.emptyMap(), false);
	}

	/** The encoding EMF's loader would pass to the parser: what the first bytes declare, UTF-8 if nothing. */
	private static String declaredEncoding(InputStream in) throws IOException {
		byte[] header = new byte[0];
		if (in.available() > 0) {
			in.mark(HEADER_BYTES);
			header = in.readNBytes(HEADER_BYTES);
			in.reset();
		}
		return XMLHandler.getXMLEncoding(header);
	}
}
