package org.outsidein.validation.internal.rules;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.model.Identified;
import org.outsidein.validation.RuleContext;
import org.outsidein.validation.ValidationRule;

/**
 * Ids must be unique in a file: references are written as ids, so a duplicate makes them ambiguous. Checked
 * element by element, so that it shares the one walk over the model with the other element rules.
 */
public class DuplicateIdsRule implements ValidationRule {

	private final Map<String, EObject> first = new HashMap<>();

	@Override
	public void check(EObject element, RuleContext context) {
		String id = ((Identified) element).getId();
		if (id == null) {
			return;
		}
		EObject earlier = first.putIfAbsent(id, element);
		if (earlier != null) {
			context.report(element, ElementLabels.label(element) + " has the id '" + id + "', already used by "
					+ ElementLabels.label(earlier));
		}
	}
}
