package org.outsidein.validation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.outsidein.model.OutsideInModel;
import org.outsidein.validation.RuleDescriptor;

/**
 * The elements each rule checks, found in one walk over the model whatever the number of rules: on a model
 * of hundreds of thousands of elements, one walk per rule would cost more than the rules themselves.
 */
public final class ElementIndex {

	private final OutsideInModel model;
	private final Map<EClass, List<EObject>> byTargetClass;

	private ElementIndex(OutsideInModel model, Map<EClass, List<EObject>> byTargetClass) {
		this.model = model;
		this.byTargetClass = byTargetClass;
	}

	public static ElementIndex of(OutsideInModel model, List<RuleDescriptor> rules) {
		Map<EClass, List<EObject>> byTargetClass = new HashMap<>();
		for (RuleDescriptor rule : rules) {
			if (rule.targetClass() != null) {
				byTargetClass.put(rule.targetClass(), new ArrayList<>());
			}
		}
		if (!byTargetClass.isEmpty()) {
			Map<EClass, List<List<EObject>>> listsByConcreteClass = new HashMap<>();
			add(model, listsByConcreteClass, byTargetClass);
			for (Iterator<EObject> all = model.eAllContents(); all.hasNext();) {
				add(all.next(), listsByConcreteClass, byTargetClass);
			}
		}
		return new ElementIndex(model, byTargetClass);
	}

	private static void add(EObject element, Map<EClass, List<List<EObject>>> listsByConcreteClass,
			Map<EClass, List<EObject>> byTargetClass) {
		for (List<EObject> list : listsByConcreteClass.computeIfAbsent(element.eClass(),
				eClass -> listsFor(eClass, byTargetClass))) {
			list.add(element);
		}
	}

	private static List<List<EObject>> listsFor(EClass concrete, Map<EClass, List<EObject>> byTargetClass) {
		List<List<EObject>> lists = new ArrayList<>();
		byTargetClass.forEach((target, list) -> {
			if (target.isSuperTypeOf(concrete)) {
				lists.add(list);
			}
		});
		return lists;
	}

	/** The root for a rule without a target class; every element of the class otherwise, root included. */
	public List<EObject> targetsOf(RuleDescriptor rule) {
		return rule.targetClass() == null ? List.of(model) : byTargetClass.get(rule.targetClass());
	}
}
