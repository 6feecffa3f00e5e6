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

	/** Lower case, outer blanks dropped, inner runs of blanks made one space; no regex, it runs per name. */
	static String normalised(String name) {
		String text = name.strip().toLowerCase(Locale.ROOT);
		StringBuilder key = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean blank = Character.isWhitespace(c);
			boolean repeat = blank && i > 0 && Character.isWhitespace(text.charAt(i - 1));
			if (key == null && (repeat || blank && c != ' ')) {
				key = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (key != null && !repeat) {
				key.append(blank ? ' ' : c);
			}
		}
		return key == null ? text : key.toString();
	}

	private static void findDuplicates(RuleContext context, String what, List<? extends Named> elements) {
		Map<String, Named> first = new HashMap<>();
		for (Named element : elements) {
			if (element.getName() == null || element.getName().isBlank()) {
				continue;
			}
			String key = normalised(element.getName());
			Named earlier = first.putIfAbsent(key, element);
			if (earlier != null) {
				context.report(element, "Two " + what + " are called '" + element.getName() + "'");
			}
		}
	}
}
