package org.outsidein.diagram.expressions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
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
	private static final ThreadLocal<Index> INDEX = new ThreadLocal<>();

	/**
	 * Built when an expression first asks (many descriptions never do), and only of the references that can lead to
	 * an element of the class asked about: the roles' referrers need the role assignments, not every customer's
	 * communities. Each element's referrers are worked out once, as a description often asks the same element in its
	 * label, its candidates and its styles. The model does not change while a diagram is interpreted.
	 */
	private static final class Index {

		private final Notifier scope;
		private final Map<EClass, Map<EObject, Collection<EStructuralFeature.Setting>>> settingsByClass = new HashMap<>();
		private final Map<EObject, List<EObject>> referrers = new HashMap<>();

		Index(Notifier scope) {
			this.scope = scope;
		}

		List<EObject> referrersOf(EObject element) {
			List<EObject> known = referrers.get(element);
			if (known == null) {
				Map<EObject, Collection<EStructuralFeature.Setting>> settings = settingsByClass
						.computeIfAbsent(element.eClass(), this::referencesTo);
				known = Collections.unmodifiableList(referrers(settings.getOrDefault(element, List.of())));
				referrers.put(element, known);
			}
			return known;
		}

		/** Every setting, in the scope, of a reference whose type admits the class. */
		private Map<EObject, Collection<EStructuralFeature.Setting>> referencesTo(EClass target) {
			return new ReferencesTo(scope, target).findAll();
		}
	}

	/** EMF's cross-referencer, kept to the references that may hold an instance of one class. */
	private static final class ReferencesTo extends EcoreUtil.CrossReferencer {

		private static final long serialVersionUID = 1L;
		private final transient EClass target;

		ReferencesTo(Notifier scope, EClass target) {
			super(List.of(scope));
			this.target = target;
		}

		@Override
		protected boolean crossReference(EObject eObject, EReference eReference, EObject crossReferencedEObject) {
			EClass type = eReference.getEReferenceType();
			// EObject is every class's type without being anyone's declared supertype
			return type == EcorePackage.Literals.EOBJECT || type.isSuperTypeOf(target);
		}

		Map<EObject, Collection<EStructuralFeature.Setting>> findAll() {
			crossReference();
			done();
			return this;
		}
	}

	private Referrers() {
	}

	/** Runs the work with the model's cross references indexed, and takes the index away again. */
	public static <T> T indexed(EObject root, Supplier<T> work) {
		Index previous = INDEX.get();
		INDEX.set(new Index(scopeOf(root)));
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
		List<?> items = Values.asList(value);
		Index index = INDEX.get();
		if (items.size() == 1 && items.get(0) instanceof EObject element) {
			return index != null ? index.referrersOf(element) : referrers(settingsOf(element));
		}
		Set<EObject> referrers = new LinkedHashSet<>();
		for (Object item : items) {
			if (item instanceof EObject element) {
				referrers.addAll(index != null ? index.referrersOf(element) : referrers(settingsOf(element)));
			}
		}
		return new ArrayList<>(referrers);
	}

	/** The elements holding these settings, once each, in order; derived references left out. */
	private static List<EObject> referrers(Collection<EStructuralFeature.Setting> settings) {
		Set<EObject> referrers = new LinkedHashSet<>();
		for (EStructuralFeature.Setting setting : settings) {
			if (!setting.getEStructuralFeature().isDerived()) {
				referrers.add(setting.getEObject());
			}
		}
		return new ArrayList<>(referrers);
	}

	private static Collection<EStructuralFeature.Setting> settingsOf(EObject element) {
		return EcoreUtil.UsageCrossReferencer.find(element, List.of(scopeOf(EcoreUtil.getRootContainer(element))));
	}
}
