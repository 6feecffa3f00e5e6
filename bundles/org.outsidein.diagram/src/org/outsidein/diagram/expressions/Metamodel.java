package org.outsidein.diagram.expressions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;

/**
 * The classes a description can name: those of its metamodel's package, by simple name, and those of any
 * registered package as {@code nsPrefix::Name} (so that a methodology's own package, subclassing ours, can be
 * mapped too).
 */
public final class Metamodel {

	private final EPackage main;
	private final Map<String, EClass> classes = new HashMap<>();

	public Metamodel(EPackage main) {
		this.main = main;
		for (EClassifier classifier : main.getEClassifiers()) {
			if (classifier instanceof EClass eClass) {
				classes.put(eClass.getName(), eClass);
			}
		}
	}

	/** The metamodel registered under a namespace URI, if any. */
	public static Optional<Metamodel> forNamespace(String nsURI) {
		EPackage ePackage = nsURI == null ? null : EPackage.Registry.INSTANCE.getEPackage(nsURI);
		return Optional.ofNullable(ePackage).map(Metamodel::new);
	}

	public EPackage mainPackage() {
		return main;
	}

	/** A class by simple name (in the main package), {@code nsPrefix::Name}, or {@code EObject}. */
	public Optional<EClass> findClass(String name) {
		if (name == null) {
			return Optional.empty();
		}
		if ("EObject".equals(name)) {
			return Optional.of(EcorePackage.Literals.EOBJECT);
		}
		int separator = name.indexOf("::");
		if (separator < 0) {
			return Optional.ofNullable(classes.get(name));
		}
		String prefix = name.substring(0, separator);
		String simpleName = name.substring(separator + 2);
		for (String nsURI : new ArrayList<>(EPackage.Registry.INSTANCE.keySet())) {
			EPackage ePackage = registered(nsURI);
			if (ePackage != null && prefix.equals(ePackage.getNsPrefix())
					&& ePackage.getEClassifier(simpleName) instanceof EClass eClass) {
				return Optional.of(eClass);
			}
		}
		return Optional.empty();
	}

	/**
	 * A package of the registry, created if it is still a plug-in's lazy descriptor (as generated packages are until
	 * first used: a description read before any model of that package was loaded must still find its classes).
	 */
	private static EPackage registered(String nsURI) {
		try {
			return EPackage.Registry.INSTANCE.getEPackage(nsURI);
		} catch (RuntimeException | LinkageError e) {
			return null; // a plug-in's broken package is no class of this description
		}
	}

	/**
	 * The feature a navigation from {@code owner} names. For EObject (the type of {@code eContainer}) any class of
	 * the main package may be meant: the feature is found there when its name has one meaning.
	 */
	public Optional<EStructuralFeature> findFeature(EClass owner, String name) {
		EStructuralFeature feature = owner.getEStructuralFeature(name);
		if (feature != null || owner != EcorePackage.Literals.EOBJECT) {
			return Optional.ofNullable(feature);
		}
		Set<EClassifier> types = new LinkedHashSet<>();
		EStructuralFeature found = null;
		for (EClass eClass : classes.values()) {
			EStructuralFeature candidate = eClass.getEStructuralFeature(name);
			if (candidate != null) {
				types.add(candidate.getEType());
				found = candidate;
			}
		}
		return types.size() == 1 ? Optional.of(found) : Optional.empty();
	}

	/** The one class whose containment references hold instances of {@code eClass}, or EObject when several do. */
	public EClass containerOf(EClass eClass) {
		Set<EClass> containers = new LinkedHashSet<>();
		for (EClass candidate : classes.values()) {
			for (EReference reference : candidate.getEAllContainments()) {
				if (reference.getEReferenceType().isSuperTypeOf(eClass)) {
					containers.add(candidate);
				}
			}
		}
		return containers.size() == 1 ? containers.iterator().next() : EcorePackage.Literals.EOBJECT;
	}

	/** Every class name of the main package, for messages. */
	public List<String> classNames() {
		return classes.keySet().stream().sorted().toList();
	}
}
