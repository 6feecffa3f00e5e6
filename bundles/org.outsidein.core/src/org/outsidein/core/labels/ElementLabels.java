package org.outsidein.core.labels;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.outsidein.model.Activity;
import org.outsidein.model.Answer;
import org.outsidein.model.Customer;
import org.outsidein.model.Named;
import org.outsidein.model.NextStep;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.model.RoleAssignment;

/**
 * Names model elements the way an analyst sees them, for messages and reports: "Customer 'Ada Berg'",
 * "Answer on 'Identify lead customers'", and paths such as "Self-assessment 2026 / Answer on '…' / Next step".
 */
public final class ElementLabels {

	private static final String SEPARATOR = " / ";

	private ElementLabels() {
	}

	/** "Innovation toolkit" for InnovationToolkit; "Model" for the root of a model file. */
	public static String typeName(EClass eClass) {
		if (eClass == OutsideInPackage.Literals.OUTSIDE_IN_MODEL) {
			return "Model";
		}
		return words(eClass.getName());
	}

	/** "interacting employees" for interactingEmployees. */
	public static String featureName(EStructuralFeature feature) {
		return words(feature.getName()).toLowerCase(Locale.ROOT);
	}

	private static String words(String name) {
		StringBuilder words = new StringBuilder(name.length() + 4);
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (i > 0 && Character.isUpperCase(c)) {
				words.append(' ').append(Character.toLowerCase(c));
			} else {
				words.append(c);
			}
		}
		return words.toString();
	}

	/** "a customer role", "an activity": the type as a noun with its article, for messages. */
	public static String aType(EClass eClass) {
		String noun = typeName(eClass).toLowerCase(Locale.ROOT);
		return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
	}

	/** The element's name, or what identifies it when it has none. */
	public static String name(EObject element) {
		if (element != null && element.eIsProxy()) {
			// a reference into a file that is missing, or to an element it no longer has
			return "(missing " + typeName(element.eClass()).toLowerCase(Locale.ROOT) + ")";
		}
		if (element instanceof Named named && named.getName() != null && !named.getName().isBlank()) {
			return named.getName();
		}
		if (element instanceof Answer answer) {
			return "on " + quoted(answer.getActivity());
		}
		if (element instanceof NextStep step && step.eContainer() instanceof Answer answer) {
			return "for " + quoted(answer.getActivity());
		}
		if (element instanceof RoleAssignment assignment) {
			String role = assignment.getRole() == null ? "(no role)"
					: assignment.getRole().eIsProxy() ? "(missing role)" : assignment.getRole().getName();
			return role + (assignment.eContainer() instanceof Customer customer ? " of " + quoted(customer) : "");
		}
		return "(unnamed)";
	}

	/** "'Ada Berg'", or "(unnamed)" for an element without a name. */
	public static String quotedName(EObject element) {
		return element instanceof Named named && named.getName() != null && !named.getName().isBlank()
				? "'" + named.getName() + "'"
				: name(element);
	}

	/** "Customer 'Ada Berg'". */
	public static String label(EObject element) {
		String name = name(element);
		boolean named = element instanceof Named n && n.getName() != null && !n.getName().isBlank();
		return typeName(element.eClass()) + " " + (named ? "'" + name + "'" : name);
	}

	/** The labels from the top of the model down to the element, the root left out. */
	public static String path(EObject element) {
		Deque<String> labels = new ArrayDeque<>();
		for (EObject current = element; current != null && current.eContainer() != null; current = current
				.eContainer()) {
			labels.addFirst(label(current));
		}
		return labels.isEmpty() ? label(element) : String.join(SEPARATOR, labels);
	}

	private static String quoted(EObject element) {
		if (element == null) {
			return "(nothing)";
		}
		if (element instanceof Activity activity && activity.eIsProxy()) {
			return "(missing activity)";
		}
		return "'" + name(element) + "'";
	}
}
