package org.outsidein.core.resource;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.InternalEList;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.Locator2;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Builds a model from the SAX events of one file, for the fast loader: each element becomes an object of the class
 * its name (or {@code xsi:type}) gives in its parent's containment feature, each XML attribute a value or a
 * reference. The objects stay outside the resource until the whole file has been read and every reference set.
 * Anything it does not fully understand throws {@link FastLoadRefusal}.
 */
final class ModelContentHandler extends DefaultHandler {

	static final String XSI_URI = "http://www.w3.org/2001/XMLSchema-instance";
	/** EMF's loader skips this attribute on any element, by its written name. */
	private static final String XMI_VERSION = "xmi:version";

	private final MetamodelIndex index;
	private final ValueCache values;
	private final SharedProxies proxies;
	private final PendingReferences references;
	private final Map<String, EObject> ids;
	private final Map<String, String> namespaces = new HashMap<>();

	private EObject[] objects = new EObject[32];
	private ClassLayout[] layouts = new ClassLayout[32];
	private int depth;
	/** While inside an element that holds one value of an attribute: the attribute and its text so far. */
	private ValueFeature valueFeature;
	private final StringBuilder text = new StringBuilder();

	private Locator locator;
	private EObject root;
	private String encoding;
	private String xmlVersion;

	/** {@code expectedIds}: about how many ids the file holds, so the id map is made large enough at once. */
	ModelContentHandler(MetamodelIndex index, SharedProxies proxies, int expectedIds) {
		this.index = index;
		this.ids = new HashMap<>(Math.max(16, expectedIds * 4 / 3));
		this.references = new PendingReferences(ids);
		this.proxies = proxies;
		this.values = new ValueCache(index.converterCount());
	}

	EObject root() {
		return root;
	}

	Map<String, EObject> ids() {
		return ids;
	}

	/** The encoding and XML version the parser found, as EMF's loader records them on the resource. */
	String encoding() {
		return encoding;
	}

	String xmlVersion() {
		return xmlVersion;
	}

	/** Sets every reference read; call it once the document has ended. */
	void resolveReferences() {
		references.resolve();
	}

	@Override
	public void setDocumentLocator(Locator locator) {
		this.locator = locator;
	}

	@Override
	public void startPrefixMapping(String prefix, String uri) {
		if (root != null) {
			throw new FastLoadRefusal("a namespace declared below the root element");
		}
		namespaces.put(prefix, uri);
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		if (valueFeature != null) {
			throw new FastLoadRefusal("an element inside the value of " + valueFeature.attribute().getName());
		}
		if (depth == 0) {
			startRoot(uri, localName, attributes);
			return;
		}
		if (!uri.isEmpty()) {
			throw new FastLoadRefusal("a qualified element <" + qName + ">");
		}
		EObject parent = objects[depth - 1];
		XmlFeature feature = layouts[depth - 1].element(localName);
		if (feature instanceof ContainmentFeature containment) {
			EObject child = create(childClass(containment, attributes), attributes);
			contain(parent, containment, child);
		} else if (feature instanceof ValueFeature value && attributes.getLength() == 0) {
			valueFeature = value;
			text.setLength(0);
			push(parent, null);
		} else {
			throw new FastLoadRefusal("<" + localName + "> in " + parent.eClass().getName());
		}
	}

	private void startRoot(String uri, String localName, Attributes attributes) {
		recordHeader();
		EClass eClass = index.nsURI().equals(uri) ? index.concreteClass(localName) : null;
		if (eClass == null) {
			throw new FastLoadRefusal("the root element <" + localName + "> in namespace '" + uri + "'");
		}
		if (attributes.getIndex(XSI_URI, "type") >= 0) {
			throw new FastLoadRefusal("xsi:type on the root element");
		}
		root = create(eClass, attributes);
	}

	private void recordHeader() {
		if (locator instanceof Locator2 header) {
			encoding = header.getEncoding();
			xmlVersion = header.getXMLVersion();
		}
	}

	private EClass childClass(ContainmentFeature containment, Attributes attributes) {
		String type = attributes.getValue(XSI_URI, "type");
		if (type == null) {
			if (containment.defaultType() == null) {
				throw new FastLoadRefusal(containment.reference().getName() + " without xsi:type");
			}
			return containment.defaultType();
		}
		int colon = type.indexOf(':');
		EClass named = colon > 0 && index.nsURI().equals(namespaces.get(type.substring(0, colon)))
				? containment.subtypes().get(type.substring(colon + 1))
				: null;
		if (named == null) {
			throw new FastLoadRefusal("xsi:type '" + type + "' in " + containment.reference().getName());
		}
		return named;
	}

	/** A new object of the class with the element's attributes, pushed as the element now open. */
	private EObject create(EClass eClass, Attributes attributes) {
		ClassLayout layout = index.layout(eClass);
		EObject object = layout.factory().create(eClass);
		for (int i = 0, count = attributes.getLength(); i < count; i++) {
			if (attributes.getURI(i).isEmpty()) {
				setAttribute(object, layout.attribute(attributes.getLocalName(i)), attributes, i);
			} else if (!isTypeOrVersion(attributes, i)) {
				throw new FastLoadRefusal("the attribute " + attributes.getQName(i));
			}
		}
		push(object, layout);
		return object;
	}

	private static boolean isTypeOrVersion(Attributes attributes, int i) {
		return XMI_VERSION.equals(attributes.getQName(i))
				|| XSI_URI.equals(attributes.getURI(i)) && "type".equals(attributes.getLocalName(i));
	}

	private void setAttribute(EObject object, XmlFeature feature, Attributes attributes, int i) {
		String text = attributes.getValue(i);
		if (feature instanceof ValueFeature value) {
			((InternalEObject) object).eSet(value.featureId(), values.read(value.converter(), text));
			if (value.id() && ids.put(text, object) != null) {
				throw new FastLoadRefusal("two elements with the id '" + text + "'");
			}
		} else if (feature instanceof CrossReferenceFeature reference) {
			references.add((InternalEObject) object, reference, ReferenceTargets.read(text, reference, proxies));
		} else {
			throw new FastLoadRefusal("the attribute " + attributes.getQName(i) + " of " + object.eClass().getName());
		}
	}

	private static void contain(EObject parent, ContainmentFeature containment, EObject child) {
		if (containment.many()) {
			@SuppressWarnings("unchecked")
			InternalEList<EObject> children = (InternalEList<EObject>) ((InternalEObject) parent)
					.eGet(containment.featureId(), true, true);
			children.addUnique(child);
		} else if (parent.eIsSet(containment.reference())) {
			throw new FastLoadRefusal("a second " + containment.reference().getName());
		} else {
			((InternalEObject) parent).eSet(containment.featureId(), child);
		}
	}

	private void push(EObject object, ClassLayout layout) {
		if (depth == objects.length) {
			objects = Arrays.copyOf(objects, depth * 2);
			layouts = Arrays.copyOf(layouts, depth * 2);
		}
		objects[depth] = object;
		layouts[depth] = layout;
		depth++;
	}

	@Override
	public void endElement(String uri, String localName, String qName) {
		depth--;
		if (valueFeature != null) {
			setValue(objects[depth], valueFeature, text.toString());
			valueFeature = null;
		}
		objects[depth] = null;
	}

	private void setValue(EObject owner, ValueFeature value, String text) {
		Object read = values.read(value.converter(), text);
		if (value.many()) {
			@SuppressWarnings("unchecked")
			InternalEList<Object> list = (InternalEList<Object>) ((InternalEObject) owner).eGet(value.featureId(), true, true);
			list.addUnique(read);
		} else if (value.id()) {
			throw new FastLoadRefusal("an id written as an element");
		} else {
			((InternalEObject) owner).eSet(value.featureId(), read);
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		if (valueFeature != null) {
			text.append(ch, start, length);
			return;
		}
		for (int i = start, end = start + length; i < end; i++) {
			if (!isXmlSpace(ch[i])) {
				throw new FastLoadRefusal("text between elements");
			}
		}
	}

	private static boolean isXmlSpace(char c) {
		return c == ' ' || c == '\n' || c == '\t' || c == '\r';
	}

	@Override
	public void processingInstruction(String target, String data) {
		throw new FastLoadRefusal("a processing instruction <?" + target + "?>");
	}

	@Override
	public void warning(SAXParseException e) {
		throw new FastLoadRefusal("a parser warning: " + e.getMessage());
	}

	@Override
	public void error(SAXParseException e) {
		throw new FastLoadRefusal("a parser error: " + e.getMessage());
	}

	@Override
	public void fatalError(SAXParseException e) {
		throw new FastLoadRefusal("not well-formed: " + e.getMessage());
	}
}
