package org.outsidein.validation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.model.OutsideInModel;
import org.outsidein.validation.Issue;
import org.outsidein.validation.RuleContext;
import org.outsidein.validation.RuleDescriptor;
import org.outsidein.validation.Severity;
import org.outsidein.validation.ValidationRule;

/** One rule's pass over its targets, collecting what it reports. Once sealed, further reports are dropped. */
public final class RuleRun implements RuleContext {

	private final RuleDescriptor rule;
	private final Severity severity;
	private final OutsideInModel model;
	private final LocalDate asOf;
	private final Map<Object, Object> shared;
	private final List<Issue> issues = Collections.synchronizedList(new ArrayList<>());
	private volatile boolean sealed;

	public RuleRun(RuleDescriptor rule, Severity severity, OutsideInModel model, LocalDate asOf,
			Map<Object, Object> shared) {
		this.rule = rule;
		this.severity = severity;
		this.model = model;
		this.asOf = asOf;
		this.shared = shared;
	}

	public void execute(List<EObject> targets) {
		execute(rule.create(), targets);
	}

	/** Runs an instance that lives longer than this run (one per Diagnostician pass, say). */
	public void execute(ValidationRule check, List<EObject> targets) {
		for (EObject target : targets) {
			if (sealed || Thread.currentThread().isInterrupted()) {
				return;
			}
			check.check(target, this);
		}
	}

	/** Stops taking findings: a rule that failed or overran reports nothing but its failure. */
	public void seal() {
		sealed = true;
	}

	public List<Issue> issues() {
		synchronized (issues) {
			return List.copyOf(issues);
		}
	}

	@Override
	public OutsideInModel model() {
		return model;
	}

	@Override
	public LocalDate asOf() {
		return asOf;
	}

	@Override
	public void report(EObject target, String message) {
		report(target, message, null);
	}

	@Override
	public void report(EObject target, String message, String fixId) {
		if (sealed) {
			return;
		}
		EObject element = target == null ? model : target;
		String fragment = element.eResource() == null ? null : EcoreUtil.getURI(element).fragment();
		issues.add(new Issue(severity, rule.id(), message, rule.description(), fragment, ElementLabels.path(element),
				fixId));
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> T shared(Object key, Supplier<T> compute) {
		Object value = shared.get(key);
		if (value == null) {
			// Not computeIfAbsent: a shared value may itself use another shared value.
			value = compute.get();
			Object earlier = shared.putIfAbsent(key, value);
			value = earlier == null ? value : earlier;
		}
		return (T) value;
	}
}
