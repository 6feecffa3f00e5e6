package org.outsidein.core.resource;

import org.eclipse.emf.ecore.EAttribute;

/**
 * An attribute: as an XML attribute when it holds one value, as one element per value otherwise
 * ({@code <purposes>Co-design</purposes>}). {@code id} marks the class's id attribute, whose values make the id map;
 * {@code featureId} is the attribute's number in the objects of the class ({@link XmlFeature}).
 */
record ValueFeature(EAttribute attribute, int featureId, ValueConverter converter, boolean many, boolean id)
		implements XmlFeature {
}
