package org.outsidein.validation.internal.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.model.Named;
import org.outsidein.validation.RuleContext;
import org.outsidein.validation.ValidationRule;

/** Two customers, roles or outcomes with one name cannot be told apart in reports and conversations. */
public class DuplicateNamesRule implements ValidationRule {

	@Override
	public void check(EObject root, RuleContext context) {
		findDuplicates(context, "customers", context.model().getCustomers());
		findDuplicates(context, "roles", MethodologyLibrary.rolesOf(context.model()));
		findDuplicates(context, "outcomes", context.model().getOutcomes());
	}

	private static void findDuplicates(RuleContext context, String what, List<? extends Named> elements) {
		Map<String, Named> first = new HashMap<>();
		for (Named element : elements) {
			if (element.getName() == null || element.getName().isBlank()) {
				continue;
			}
			String key = element.getName().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
			Named earlier = first.putIfAbsent(key, element);
			if (earlier != null) {
				context.report(element, "Two " + what + " are called '" + element.getName() + "'");
			}
		}
	}
}
