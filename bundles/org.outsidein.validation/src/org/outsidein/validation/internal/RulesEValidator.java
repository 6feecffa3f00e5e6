package org.outsidein.validation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.outsidein.model.OutsideInModel;
import org.outsidein.validation.Issue;
import org.outsidein.validation.RuleDescriptor;
import org.outsidein.validation.Severity;
import org.outsidein.validation.ValidationRule;

/**
 * Lets EMF's {@code Diagnostician} (and so any EMF editor) run the Outside-In rules. The Diagnostician visits
 * every element; each rule runs where it belongs: root rules on the root, class rules on their elements.
 */
public final class RulesEValidator implements EValidator {

	public static final String DIAGNOSTIC_SOURCE = "org.outsidein.validation";
	/** Context key for the day to judge the model on; today when absent. */
	public static final String AS_OF = "org.outsidein.validation.asOf";
	private static final String SHARED = "org.outsidein.validation.shared";

	private final Supplier<List<RuleDescriptor>> rules;
	private volatile List<RuleDescriptor> loaded;

	public RulesEValidator(Supplier<List<RuleDescriptor>> rules) {
		this.rules = rules;
	}

	@Override
	public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(eObject.eClass(), eObject, diagnostics, context);
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!(EcoreUtil.getRootContainer(eObject) instanceof OutsideInModel model)) {
			return true;
		}
		boolean isRoot = eObject == model;
		boolean valid = true;
		for (RuleDescriptor rule : rules()) {
			boolean applies = rule.targetClass() == null ? isRoot : rule.targetClass().isSuperTypeOf(eClass);
			if (applies) {
				valid &= run(rule, eObject, model, diagnostics, context);
			}
		}
		return valid;
	}

	private boolean run(RuleDescriptor rule, EObject target, OutsideInModel model, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		Map<Object, Object> shared = shared(context);
		RuleRun run = new RuleRun(rule, rule.severity(), model, asOf(context), shared);
		List<Issue> issues;
		try {
			// One instance per rule for the whole pass: element rules may remember what they saw.
			ValidationRule check = (ValidationRule) shared.computeIfAbsent(rule, key -> rule.create());
			run.execute(check, List.of(target));
			issues = run.issues();
		} catch (RuntimeException e) {
			issues = List.of(new Issue(Severity.ERROR, rule.id(), "Rule '" + rule.name() + "' failed: " + e, "", null,
					"", null));
		}
		boolean valid = true;
		for (Issue issue : issues) {
			if (diagnostics != null) {
				EObject element = issue.targetUri() == null ? target : model.eResource().getEObject(issue.targetUri());
				diagnostics.add(new BasicDiagnostic(severity(issue.severity()), DIAGNOSTIC_SOURCE, 0, issue.message(),
						new Object[] { element == null ? target : element, issue }));
			}
			valid &= issue.severity() != Severity.ERROR;
		}
		return valid;
	}

	@Override
	public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		return true;
	}

	private List<RuleDescriptor> rules() {
		if (loaded == null) {
			loaded = rules.get();
		}
		return loaded;
	}

	private static LocalDate asOf(Map<Object, Object> context) {
		return context != null && context.get(AS_OF) instanceof LocalDate day ? day : LocalDate.now();
	}

	@SuppressWarnings("unchecked")
	private static Map<Object, Object> shared(Map<Object, Object> context) {
		if (context == null) {
			return new ConcurrentHashMap<>();
		}
		return (Map<Object, Object>) context.computeIfAbsent(SHARED, key -> new ConcurrentHashMap<>());
	}

	private static int severity(Severity severity) {
		return switch (severity) {
		case ERROR -> Diagnostic.ERROR;
		case WARNING -> Diagnostic.WARNING;
		case INFO -> Diagnostic.INFO;
		};
	}
}
