package org.outsidein.validation;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.outsidein.model.OutsideInModel;

/** What a rule works with, and where it reports. */
public interface RuleContext {

	OutsideInModel model();

	/** The day the model is judged on: deadlines before it are past. */
	LocalDate asOf();

	/** Reports a finding on an element, with the rule's severity and explanation. */
	void report(EObject target, String message);

	/** Reports a finding that the quick fix {@code fixId} can mend. */
	void report(EObject target, String message, String fixId);

	/**
	 * A value computed once per validation run and shared by every rule (metrics, indexes), so that rules
	 * stay cheap on large models. The key identifies the value; use a constant.
	 */
	<T> T shared(Object key, Supplier<T> compute);
}
