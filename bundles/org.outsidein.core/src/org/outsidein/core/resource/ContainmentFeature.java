package org.outsidein.core.resource;

import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;

/**
 * A containment reference: one element per contained object, of the reference's type unless {@code xsi:type}
 * names a subclass. {@code defaultType} is null when the reference's type cannot be instantiated (abstract, or of
 * another package); {@code subtypes} are the concrete classes of our package an {@code xsi:type} may name.
 */
record ContainmentFeature(EReference reference, int featureId, EClass defaultType, Map<String, EClass> subtypes,
		boolean many) implements XmlFeature {
}
