package org.outsidein.core.resource;

import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * The references read from a file, set in one pass once every id of the file is known (a reference may name an
 * element further down). Each entry is one XML attribute: its owner, its feature, and its targets, each an id
 * (text) or a proxy; an attribute of one target keeps it alone, of several an array, in document order.
 */
final class PendingReferences {

	/** Up to this many targets, duplicates are looked for by comparing each pair. */
	private static final int FEW = 8;

	private EObject[] owners = new EObject[1024];
	private CrossReferenceFeature[] features = new CrossReferenceFeature[1024];
	private Object[] targets = new Object[1024];
	private int size;

	void add(EObject owner, CrossReferenceFeature feature, Object targetOrTargets) {
		if (size == owners.length) {
			int grown = size * 2;
			owners = Arrays.copyOf(owners, grown);
			features = Arrays.copyOf(features, grown);
			targets = Arrays.copyOf(targets, grown);
		}
		owners[size] = owner;
		features[size] = feature;
		targets[size] = targetOrTargets;
		size++;
	}

	/** Sets every reference; refuses the load at the first id that names nothing, or names the wrong type. */
	void resolve(Map<String, EObject> ids) {
		for (int i = 0; i < size; i++) {
			CrossReferenceFeature feature = features[i];
			EReference reference = feature.reference();
			if (targets[i] instanceof Object[] several) {
				EObject[] resolved = new EObject[several.length];
				for (int t = 0; t < several.length; t++) {
					resolved[t] = target(several[t], reference, ids);
				}
				refuseDuplicates(resolved);
				@SuppressWarnings("unchecked")
				InternalEList<EObject> list = (InternalEList<EObject>) owners[i].eGet(reference);
				list.addAllUnique(Arrays.asList(resolved));
			} else if (feature.many()) {
				@SuppressWarnings("unchecked")
				InternalEList<EObject> list = (InternalEList<EObject>) owners[i].eGet(reference);
				list.addUnique(target(targets[i], reference, ids));
			} else {
				owners[i].eSet(reference, target(targets[i], reference, ids));
			}
			owners[i] = null;
			targets[i] = null;
		}
		size = 0;
	}

	private static EObject target(Object idOrProxy, EReference reference, Map<String, EObject> ids) {
		EObject target = idOrProxy instanceof String id ? ids.get(id) : (EObject) idOrProxy;
		if (target == null) {
			throw new FastLoadRefusal("no element has the id '" + idOrProxy + "'");
		}
		if (!reference.getEReferenceType().isInstance(target)) {
			throw new FastLoadRefusal("'" + idOrProxy + "' is not " + reference.getEReferenceType().getName());
		}
		return target;
	}

	/** EMF's loader would keep both (the list has no room for a duplicate) or complain; either way, not ours. */
	private static void refuseDuplicates(EObject[] resolved) {
		if (resolved.length <= FEW) {
			for (int a = 0; a < resolved.length; a++) {
				for (int b = a + 1; b < resolved.length; b++) {
					if (resolved[a] == resolved[b]) {
						throw new FastLoadRefusal("the same element twice in one reference");
					}
				}
			}
			return;
		}
		Set<EObject> seen = Collections.newSetFromMap(new IdentityHashMap<>(resolved.length * 2));
		for (EObject target : resolved) {
			if (!seen.add(target)) {
				throw new FastLoadRefusal("the same element twice in one reference");
			}
		}
	}
}
