package org.outsidein.core.resource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * An Outside-In model file: XMI whose elements carry their own stable ids (the {@code id} attribute),
 * so that references are written as ids, not as positions, and Git diffs stay small.
 * <p>
 * The parser is hardened by default: a DOCTYPE is refused outright, which rules out external entities
 * (XXE) and entity expansion (billion laughs) whatever the XML library's defaults are.
 */
public class OutsideInResource extends XMIResourceImpl {

	private static final XMLParserPool PARSER_POOL = new ForgetfulParserPool();

	/** While loading from a file: the file, to read again should the fast loader give it back. */
	private Path reopen;
	private FastLoader.Outcome fastLoad;
	/** While the fast loader hands over its model, whose ids are already in the id map. */
	private boolean adoptingIds;

	public OutsideInResource(URI uri) {
		super(uri);
		// Without this map every id lookup during load walks the whole model: quadratic on large files.
		setIntrinsicIDToEObjectMap(new HashMap<>());
		getDefaultLoadOptions().putAll(loadOptions());
		getDefaultSaveOptions().putAll(saveOptions());
	}

	/**
	 * Loads the model of a file: with the fast loader when it understands the whole file, otherwise with EMF's own
	 * parser reading the file again from the start (so any problem is reported exactly as EMF reports it).
	 */
	public void load(Path file, Map<?, ?> options) throws IOException {
		reopen = file;
		try (InputStream in = Files.newInputStream(file)) {
			load(in, options);
		} finally {
			reopen = null;
		}
	}

	@Override
	public void doLoad(InputStream in, Map<?, ?> options) throws IOException {
		if (reopen == null) {
			super.doLoad(in, options);
			return;
		}
		fastLoad = FastLoader.load(this, in, Files.size(reopen), options);
		if (!fastLoad.loaded()) {
			try (InputStream again = Files.newInputStream(reopen)) {
				super.doLoad(again, options);
			}
		}
	}

	/** What the fast loader made of the last load from a file, or null when it was not asked. */
	FastLoader.Outcome fastLoadOutcome() {
		return fastLoad;
	}

	/**
	 * Takes the fast loader's model: the id map it built and the root, added once the whole tree is complete so that
	 * attaching it does not walk the tree again to collect the ids it already has.
	 */
	void adoptLoaded(EObject root, Map<String, EObject> ids) {
		setIntrinsicIDToEObjectMap(ids);
		adoptingIds = !isTrackingModification();
		try {
			getContents().add(root);
		} finally {
			adoptingIds = false;
		}
	}

	@Override
	protected boolean isAttachedDetachedHelperRequired() {
		return !adoptingIds && super.isAttachedDetachedHelperRequired();
	}

	@Override
	protected org.eclipse.emf.ecore.xmi.XMLHelper createXMLHelper() {
		return new BoundedValuesHelper(this);
	}

	@Override
	protected boolean useUUIDs() {
		return false;
	}

	static Map<String, Boolean> hardenedParserFeatures() {
		Map<String, Boolean> features = new HashMap<>();
		features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
		features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
		features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
		features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
		features.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
		return features;
	}

	private static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_PARSER_FEATURES, hardenedParserFeatures());
		options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
		options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
		return options;
	}

	private static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
		options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
		options.put(XMLResource.OPTION_LINE_WIDTH, Integer.valueOf(160));
		// EMF writes references' URIs unescaped by default, taking them for already encoded; but '&' is legal in a
		// URI (a model file named "R&D.outsidein"), and written bare it makes a file that no longer loads
		options.put(XMLResource.OPTION_SKIP_ESCAPE_URI, Boolean.FALSE);
		return options;
	}
}
