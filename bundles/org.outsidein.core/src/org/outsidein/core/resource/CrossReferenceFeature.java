package org.outsidein.core.resource;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;

/**
 * A reference to objects that live elsewhere: an XML attribute holding ids of objects in the same file and URIs
 * of objects in other files. {@code proxyType} is the class of the proxies made for URIs, null when abstract.
 * {@code arrayClass}, for a many-valued reference, is the class of array its lists keep their elements in (so
 * that the loader can hand a list its array whole), null when its lists are not EMF's plain array lists.
 */
record CrossReferenceFeature(EReference reference, int featureId, EClass proxyType, boolean many,
		Class<? extends Object[]> arrayClass) implements XmlFeature {
}
