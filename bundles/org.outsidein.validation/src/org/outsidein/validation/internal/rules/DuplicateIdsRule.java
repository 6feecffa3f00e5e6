package org.outsidein.validation.internal.rules;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.model.Identified;
import org.outsidein.validation.RuleContext;
import org.outsidein.validation.ValidationRule;

/** Ids must be unique in a file: references are written as ids, so a duplicate makes them ambiguous. */
public class DuplicateIdsRule implements ValidationRule {

	@Override
	public void check(EObject root, RuleContext context) {
		Map<String, EObject> first = new HashMap<>();
		for (Iterator<EObject> all = context.model().eAllContents(); all.hasNext();) {
			EObject element = all.next();
			if (element instanceof Identified identified && identified.getId() != null) {
				EObject earlier = first.putIfAbsent(identified.getId(), element);
				if (earlier != null) {
					context.report(element, ElementLabels.label(element) + " has the id '" + identified.getId()
							+ "', already used by " + ElementLabels.label(earlier));
				}
			}
		}
	}
}
