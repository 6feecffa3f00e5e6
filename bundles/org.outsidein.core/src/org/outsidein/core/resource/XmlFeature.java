package org.outsidein.core.resource;

/**
 * How the fast loader reads one feature of a class from a file: a value written as text, a contained element, or
 * a reference written as ids and URIs. A feature with no such reading (derived, transient, bidirectional, a
 * feature map) has none, and a file that uses it is left to EMF's own parser. Each knows the feature's number in the
 * objects of its class, so that values are set by number (InternalEObject.eSet(int, Object)) without looking the
 * feature up again for each of hundreds of thousands of objects.
 */
sealed interface XmlFeature permits ValueFeature, ContainmentFeature, CrossReferenceFeature {
}
