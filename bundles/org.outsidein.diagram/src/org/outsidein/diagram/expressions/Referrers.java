package org.outsidein.diagram.expressions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * What {@code referrers()} finds: the elements whose references lead to an element, in one lookup when an index of the
 * model's cross references is built ({@link #indexed}), by a scan of the whole model otherwise. An expression such
 * as "the role assignments an employee engages" asked once per employee would scan every assignment each time; the
 * index makes it one step.
 */
public final class Referrers {

	/**
	 * The index of the interpretation running on this thread. One pass over the model's references builds it, rather
	 * than EMF's cross-reference adapter, whose attaching to and detaching from every element took two thirds of a
	 * diagram's interpretation at 100,000 customers.
	 */
	private static final ThreadLocal<Map<EObject, Collection<EStructuralFeature.Setting>>> INDEX = new ThreadLocal<>();

	private Referrers() {
	}

	/** Runs the work with the model's cross references indexed, and takes the index away again. */
	public static <T> T indexed(EObject root, Supplier<T> work) {
		Map<EObject, Collection<EStructuralFeature.Setting>> previous = INDEX.get();
		INDEX.set(EcoreUtil.CrossReferencer.find(List.of(scopeOf(root))));
		try {
			return work.get();
		} finally {
			if (previous == null) {
				INDEX.remove();
			} else {
				INDEX.set(previous);
			}
		}
	}

	private static Notifier scopeOf(EObject root) {
		return root.eResource() != null && root.eResource().getResourceSet() != null
				? root.eResource().getResourceSet() : root;
	}

	static List<EObject> of(Object value) {
		Set<EObject> referrers = new LinkedHashSet<>();
		for (Object item : Values.asList(value)) {
			if (item instanceof EObject element) {
				for (EStructuralFeature.Setting setting : settings(element)) {
					if (!setting.getEStructuralFeature().isDerived()) {
						referrers.add(setting.getEObject());
					}
				}
			}
		}
		return new ArrayList<>(referrers);
	}

	private static Collection<EStructuralFeature.Setting> settings(EObject element) {
		Map<EObject, Collection<EStructuralFeature.Setting>> index = INDEX.get();
		if (index != null) {
			return index.getOrDefault(element, List.of());
		}
		return EcoreUtil.UsageCrossReferencer.find(element, List.of(scopeOf(EcoreUtil.getRootContainer(element))));
	}
}
