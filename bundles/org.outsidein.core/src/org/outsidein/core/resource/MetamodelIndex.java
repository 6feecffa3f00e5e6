package org.outsidein.core.resource;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.impl.BasicEObjectImpl;
import org.eclipse.emf.ecore.util.FeatureMapUtil;

/**
 * One package's classes as the fast loader reads them, computed once from the package itself (EMF reflection), so
 * a class or feature added to the .ecore is read without any change here: every concrete class by name, what each
 * class's elements may hold, and one value converter per data type. Classes whose objects are not EMF's usual
 * implementation (BasicEObjectImpl) get no layout, so files holding them are left to EMF.
 */
final class MetamodelIndex {

	private static final Map<EPackage, MetamodelIndex> INDEXES = new ConcurrentHashMap<>();

	private final EPackage ePackage;
	private final Map<String, EClass> concreteClasses = new HashMap<>();
	private final Map<EClass, ClassLayout> layouts = new HashMap<>();
	private final Map<EDataType, ValueConverter> converters = new HashMap<>();

	private MetamodelIndex(EPackage ePackage) {
		this.ePackage = ePackage;
		for (EClassifier classifier : ePackage.getEClassifiers()) {
			if (classifier instanceof EClass eClass && !eClass.isAbstract() && !eClass.isInterface()) {
				concreteClasses.put(eClass.getName(), eClass);
			}
		}
		for (EClass eClass : concreteClasses.values()) {
			// the feature numbers of a class are what its objects say they are: ask one
			if (ePackage.getEFactoryInstance().create(eClass) instanceof BasicEObjectImpl prototype) {
				layouts.put(eClass, layoutOf(eClass, prototype));
			}
		}
	}

	static MetamodelIndex of(EPackage ePackage) {
		return INDEXES.computeIfAbsent(ePackage, MetamodelIndex::new);
	}

	String nsURI() {
		return ePackage.getNsURI();
	}

	/** The concrete class of this package with that name, or null. */
	EClass concreteClass(String name) {
		return concreteClasses.get(name);
	}

	/** The layout of a concrete class of this package, or null for any other class. */
	ClassLayout layout(EClass eClass) {
		return layouts.get(eClass);
	}

	int converterCount() {
		return converters.size();
	}

	private ClassLayout layoutOf(EClass eClass, BasicEObjectImpl prototype) {
		ClassLayout layout = new ClassLayout(eClass);
		for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
			if (!readable(feature)) {
				continue;
			}
			String name = feature.getName();
			int id = prototype.eDerivedStructuralFeatureID(feature);
			if (feature instanceof EAttribute attribute) {
				ValueFeature value = new ValueFeature(attribute, id, converter(attribute.getEAttributeType()), attribute.isMany(),
						attribute == eClass.getEIDAttribute());
				if (!value.many()) {
					layout.addAttribute(name, value);
				}
				layout.addElement(name, value);
			} else if (feature instanceof EReference reference && reference.isContainment()) {
				layout.addElement(name, new ContainmentFeature(reference, id, instantiable(reference.getEReferenceType()),
						subtypes(reference.getEReferenceType()), reference.isMany()));
			} else if (feature instanceof EReference reference) {
				layout.addAttribute(name, new CrossReferenceFeature(reference, id, instantiable(reference.getEReferenceType()),
						reference.isMany(), arrayClass(prototype, id)));
			}
		}
		return layout;
	}

	/** The class of array the prototype's list of that feature keeps its elements in, or null (see below). */
	private static Class<? extends Object[]> arrayClass(BasicEObjectImpl prototype, int featureId) {
		// an empty BasicEList's toArray() is a new array of its own kind (EcoreEList: of the reference's type)
		return prototype.eGet(featureId, false, true) instanceof BasicEList<?> list ? list.toArray().getClass() : null;
	}

	/**
	 * Features the fast loader sets the way EMF's loader would: plain, saved, changeable ones. Not derived or
	 * transient ones (never in a file EMF wrote), not bidirectional references (EMF fixes up both ends in ways not
	 * worth repeating), not feature maps, not ids of a type other than EString.
	 */
	private static boolean readable(EStructuralFeature feature) {
		if (!feature.isChangeable() || feature.isTransient() || feature.isDerived() || feature.isVolatile()
				|| FeatureMapUtil.isFeatureMap(feature)) {
			return false;
		}
		if (feature instanceof EAttribute attribute && attribute.isID()) {
			// the id map holds the id's text, which is the value itself only for plain strings
			return attribute.getEAttributeType() == EcorePackage.Literals.ESTRING && !attribute.isMany();
		}
		return !(feature instanceof EReference reference) || reference.getEOpposite() == null;
	}

	private EClass instantiable(EClass type) {
		return concreteClasses.get(type.getName()) == type ? type : null;
	}

	private Map<String, EClass> subtypes(EClass type) {
		Map<String, EClass> subtypes = new HashMap<>();
		concreteClasses.values().stream().filter(type::isSuperTypeOf).forEach(sub -> subtypes.put(sub.getName(), sub));
		return subtypes;
	}

	private ValueConverter converter(EDataType type) {
		return converters.computeIfAbsent(type, t -> new ValueConverter(t, converters.size()));
	}
}
