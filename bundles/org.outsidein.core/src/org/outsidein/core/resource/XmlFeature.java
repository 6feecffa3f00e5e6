package org.outsidein.core.resource;

/**
 * How the fast loader reads one feature of a class from a file: a value written as text, a contained element, or
 * a reference written as ids and URIs. A feature with no such reading (derived, transient, bidirectional, a
 * feature map) has none, and a file that uses it is left to EMF's own parser.
 */
sealed interface XmlFeature permits ValueFeature, ContainmentFeature, CrossReferenceFeature {
}
