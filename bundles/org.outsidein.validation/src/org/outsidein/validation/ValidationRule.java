package org.outsidein.validation;

import org.eclipse.emf.ecore.EObject;

/**
 * A check contributed through the {@code org.outsidein.validation.rules} extension point. It is called once
 * with the model's root, or, when the contribution names a {@code targetClass}, once for every element of
 * that class. It reports through the context and changes nothing in the model.
 */
@FunctionalInterface
public interface ValidationRule {

	void check(EObject target, RuleContext context);
}
