package org.outsidein.validation;

import java.util.function.Supplier;

import org.eclipse.emf.ecore.EClass;

/**
 * A rule as declared: everything but its code, which {@link #create()} loads only when the rule runs.
 *
 * @param targetClass the class whose elements the rule checks one by one, or null to check the root once
 * @param contributor the bundle that contributed the rule
 */
public record RuleDescriptor(String id, String name, String category, Severity severity, EClass targetClass,
		String description, String contributor, Supplier<ValidationRule> factory) {

	public ValidationRule create() {
		return factory.get();
	}
}
