package org.outsidein.diagram.expressions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * What {@code referrers()} finds: the elements whose references lead to an element, in one lookup when an index of the
 * model's cross references is installed ({@link #indexed}), by a scan of the whole model otherwise. An expression such
 * as "the role assignments an employee engages" asked once per employee would scan every assignment each time; the
 * index makes it one step.
 */
public final class Referrers {

	private Referrers() {
	}

	/** Runs the work with the model's cross references indexed, and takes the index away again. */
	public static <T> T indexed(EObject root, java.util.function.Supplier<T> work) {
		Notifier scope = root.eResource() != null && root.eResource().getResourceSet() != null
				? root.eResource().getResourceSet() : root;
		ECrossReferenceAdapter index = new ECrossReferenceAdapter();
		scope.eAdapters().add(index);
		try {
			return work.get();
		} finally {
			scope.eAdapters().remove(index);
		}
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

	private static java.util.Collection<EStructuralFeature.Setting> settings(EObject element) {
		ECrossReferenceAdapter index = ECrossReferenceAdapter.getCrossReferenceAdapter(element);
		if (index != null) {
			return index.getNonNavigableInverseReferences(element, false);
		}
		EObject root = EcoreUtil.getRootContainer(element);
		if (root.eResource() != null && root.eResource().getResourceSet() != null) {
			return EcoreUtil.UsageCrossReferencer.find(element, root.eResource().getResourceSet());
		}
		return EcoreUtil.UsageCrossReferencer.find(element, root);
	}
}
