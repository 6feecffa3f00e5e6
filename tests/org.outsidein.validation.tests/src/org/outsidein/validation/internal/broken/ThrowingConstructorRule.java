package org.outsidein.validation.internal.broken;

import org.eclipse.emf.ecore.EObject;
import org.outsidein.validation.RuleContext;
import org.outsidein.validation.ValidationRule;

/** A contributed rule that cannot even be created. */
public class ThrowingConstructorRule implements ValidationRule {

	public ThrowingConstructorRule() {
		throw new IllegalStateException("this rule refuses to be created");
	}

	@Override
	public void check(EObject target, RuleContext context) {
		// never reached
	}
}
