package org.outsidein.core.resource;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;

/**
 * A reference to objects that live elsewhere: an XML attribute holding ids of objects in the same file and URIs
 * of objects in other files. {@code proxyType} is the class of the proxies made for URIs, null when abstract.
 */
record CrossReferenceFeature(EReference reference, EClass proxyType, boolean many) implements XmlFeature {
}
