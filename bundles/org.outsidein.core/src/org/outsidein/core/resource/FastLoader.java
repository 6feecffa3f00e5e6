package org.outsidein.core.resource;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLHandler;
import org.outsidein.model.OutsideInPackage;
import org.xml.sax.SAXException;

/**
 * Loads a model file with a SAX handler that knows the metamodel ({@link ModelContentHandler}) instead of EMF's
 * general one, for files it fully understands: the model's namespace, well-formed XML, known elements and
 * attributes, valid values, ids that all resolve. On anything else it refuses and leaves the resource as it found
 * it; the caller then has EMF's own parser read the file from the start, so every error, with its line and column,
 * is what EMF reports. It reads with {@link ModelXmlScanner}, which knows only the XML a model file needs: no
 * DOCTYPE, so no entities to expand and nothing to fetch (EMF's parser, with its hardened features, refuses those
 * files as before).
 */
final class FastLoader {

	/** The load options this loader knows to mean nothing it would have to do differently. */
	private static final Set<Object> KNOWN_OPTIONS = Set.of(XMLResource.OPTION_PARSER_FEATURES,
			XMLResource.OPTION_USE_PARSER_POOL, XMLResource.OPTION_DEFER_IDREF_RESOLUTION,
			XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, XMLResource.OPTION_RECORD_UNKNOWN_FEATURE);
	/** Bytes per id in a typical model file (about 190 in the example, 220 in generated ones), a little low. */
	private static final int BYTES_PER_ID = 180;
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

	/** {@code size}: the file's size in bytes, to size the id map. */
	static Outcome load(OutsideInResource resource, InputStream in, long size, Map<?, ?> options) {
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
				new SharedProxies(resource.getURI(), packages), (int) Math.min(size / BYTES_PER_ID, 1 << 24));
		try {
			parse(in, resource, handler);
			handler.resolveReferences();
		} catch (FastLoadRefusal refusal) {
			return Outcome.refused(refusal.getMessage());
		} catch (SAXException | IOException | RuntimeException e) {
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

	/**
	 * Reads the file with {@link ModelXmlScanner}, its characters decoded by the JDK's UTF-8 decoder: strict, so
	 * that a malformed byte stops the fast load (an IOException) and EMF's parser reports it with its place.
	 */
	private static void parse(InputStream in, XMLResource resource, ModelContentHandler handler)
			throws SAXException, IOException {
		InputStream buffered = new BufferedInputStream(in);
		// EMF's loader records the encoding the XML declaration names (the scanner reads only UTF-8)
		resource.setEncoding(XMLHandler.getXMLEncoding(header(buffered)));
		CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		new ModelXmlScanner(new CharInput(new InputStreamReader(buffered, strict)), handler).scan();
	}

	/** The first bytes, as many as EMF's loader reads to find the declared encoding, left in the stream. */
	private static byte[] header(InputStream in) throws IOException {
		byte[] header = new byte[0];
		if (in.available() > 0) {
			in.mark(HEADER_BYTES);
			header = in.readNBytes(HEADER_BYTES);
			in.reset();
		}
		return header;
	}
}
