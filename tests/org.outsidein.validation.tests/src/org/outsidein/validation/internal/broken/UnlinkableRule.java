package org.outsidein.validation.internal.broken;

import org.eclipse.emf.ecore.EObject;
import org.outsidein.validation.RuleContext;
import org.outsidein.validation.ValidationRule;

/** A contributed rule whose class cannot be initialised: loading it ends in a LinkageError. */
public class UnlinkableRule implements ValidationRule {

	private static final int BROKEN = Integer.parseInt("not a number");

	@Override
	public void check(EObject target, RuleContext context) {
		context.report(target, "never " + BROKEN);
	}
}
