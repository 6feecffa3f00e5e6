package org.outsidein.core.resource;

import org.eclipse.emf.ecore.EAttribute;

/**
 * An attribute: as an XML attribute when it holds one value, as one element per value otherwise
 * ({@code <purposes>Co-design</purposes>}). {@code id} marks the class's id attribute, whose values make the id map.
 */
record ValueFeature(EAttribute attribute, ValueConverter converter, boolean many, boolean id) implements XmlFeature {
}
