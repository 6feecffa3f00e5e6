package org.outsidein.core.resource;

import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * The references read from a file. One whose targets are all known already (elements further up, proxies) is set
 * at once; one naming an element further down waits until the whole file is read. Either way an XML attribute's
 * targets are set together, in document order. Waiting references keep their targets as read: each an id (text)
 * or a proxy, alone or in an array. Setting them early lets the texts of most ids go while the file is still being
 * read, instead of being copied from one generation of the heap to the next.
 */
final class PendingReferences {

	/** Up to this many targets, duplicates are looked for by comparing each pair. */
	private static final int FEW = 8;

	private final Map<String, EObject> ids;
	private InternalEObject[] owners = new InternalEObject[1024];
	private CrossReferenceFeature[] features = new CrossReferenceFeature[1024];
	private Object[] targets = new Object[1024];
	private int size;

	PendingReferences(Map<String, EObject> ids) {
		this.ids = ids;
	}

	/** Sets the reference now when every target is known, or keeps it for {@link #resolve()}. */
	void add(InternalEObject owner, CrossReferenceFeature feature, Object targetOrTargets) {
		Object known = knownNow(targetOrTargets);
		if (known != null) {
			set(owner, feature, known);
			return;
		}
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

	/** Sets the references still waiting; refuses the load at the first id that names nothing. */
	void resolve() {
		for (int i = 0; i < size; i++) {
			set(owners[i], features[i], resolved(targets[i]));
			owners[i] = null;
			targets[i] = null;
		}
		size = 0;
	}

	/**
	 * The targets as objects when every one is known by now (each id looked up once), or null. A single target
	 * stays alone, several become an EObject array.
	 */
	private Object knownNow(Object targetOrTargets) {
		if (!(targetOrTargets instanceof Object[] several)) {
			return targetOrTargets instanceof String id ? ids.get(id) : targetOrTargets;
		}
		EObject[] found = new EObject[several.length];
		for (int t = 0; t < several.length; t++) {
			found[t] = several[t] instanceof String id ? ids.get(id) : (EObject) several[t];
			if (found[t] == null) {
				return null;
			}
		}
		return found;
	}

	/** The targets as objects, once the whole file is read: an id that names nothing refuses the load. */
	private Object resolved(Object targetOrTargets) {
		if (!(targetOrTargets instanceof Object[] several)) {
			return found(targetOrTargets);
		}
		EObject[] found = new EObject[several.length];
		for (int t = 0; t < several.length; t++) {
			found[t] = found(several[t]);
		}
		return found;
	}

	private EObject found(Object idOrProxy) {
		EObject target = idOrProxy instanceof String id ? ids.get(id) : (EObject) idOrProxy;
		if (target == null) {
			throw new FastLoadRefusal("no element has the id '" + idOrProxy + "'");
		}
		return target;
	}

	/** Sets one XML attribute's targets, found: one object, or an array of them in document order. */
	private static void set(InternalEObject owner, CrossReferenceFeature feature, Object found) {
		EReference reference = feature.reference();
		if (found instanceof EObject[] several) {
			for (EObject target : several) {
				checkType(target, reference);
			}
			refuseDuplicates(several);
			fill(list(owner, feature), several, feature.arrayClass());
		} else if (feature.many()) {
			fill(list(owner, feature), new EObject[] { checkType((EObject) found, reference) }, feature.arrayClass());
		} else {
			owner.eSet(feature.featureId(), checkType((EObject) found, reference));
		}
	}

	/**
	 * Gives the list its targets as its array, of exactly their number: adding them one at a time asked each time
	 * whether anyone listens (a tenth of the load in the profile, 100,000 customers) and grew an array of room to
	 * spare for each of hundreds of thousands of lists. The array's class is the one the list would make, since it
	 * keeps its elements in an array of the reference's type. A list that holds something already (it cannot,
	 * each reference being one XML attribute) is added to as before.
	 */
	private static void fill(InternalEList<EObject> list, EObject[] targets, Class<? extends Object[]> arrayClass) {
		if (arrayClass != null && list.isEmpty() && list instanceof BasicEList<?> plain) {
			plain.setData(targets.length, Arrays.copyOf(targets, targets.length, arrayClass));
		} else {
			list.addAllUnique(Arrays.asList(targets));
		}
	}

	@SuppressWarnings("unchecked")
	private static InternalEList<EObject> list(InternalEObject owner, CrossReferenceFeature feature) {
		return (InternalEList<EObject>) owner.eGet(feature.featureId(), true, true);
	}

	private static EObject checkType(EObject target, EReference reference) {
		if (!reference.getEReferenceType().isInstance(target)) {
			throw new FastLoadRefusal("a " + target.eClass().getName() + " in " + reference.getName() + ", which holds "
					+ reference.getEReferenceType().getName());
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
