package org.outsidein.core.resource;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EFactory;

/**
 * What an element of one class may hold in a file: the XML attributes and the child elements it may have, each
 * with the feature it sets. Computed once per class by {@link MetamodelIndex}.
 */
final class ClassLayout {

	private final EClass eClass;
	private final EFactory factory;
	private final Map<String, XmlFeature> attributes = new HashMap<>();
	private final Map<String, XmlFeature> elements = new HashMap<>();

	ClassLayout(EClass eClass) {
		this.eClass = eClass;
		this.factory = eClass.getEPackage().getEFactoryInstance();
	}

	EClass eClass() {
		return eClass;
	}

	EFactory factory() {
		return factory;
	}

	void addAttribute(String name, XmlFeature feature) {
		attributes.put(name, feature);
	}

	void addElement(String name, XmlFeature feature) {
		elements.put(name, feature);
	}

	/** The feature an XML attribute of that name sets, or null when there is none the fast loader reads. */
	XmlFeature attribute(String name) {
		return attributes.get(name);
	}

	/** The feature a child element of that name sets, or null when there is none the fast loader reads. */
	XmlFeature element(String name) {
		return elements.get(name);
	}
}
