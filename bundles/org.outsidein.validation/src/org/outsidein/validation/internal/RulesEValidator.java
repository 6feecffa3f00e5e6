package org.outsidein.validation.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.outsidein.model.OutsideInModel;
import org.outsidein.validation.Issue;
import org.outsidein.validation.ProfileException;
import org.outsidein.validation.RuleProfile;
import org.outsidein.validation.Severity;
import org.outsidein.validation.ValidationResult;
import org.outsidein.validation.ValidationService;

/**
 * Lets EMF's {@code Diagnostician} (and so any EMF editor) run the Outside-In rules. The model's generated
 * validator asks EMF's validation-delegate registry for {@code OutsideInValidator.CONTRIBUTED_RULES}, which
 * this bundle's plugin.xml maps to this class: EMF creates it on first use, so no bundle has to be started
 * for the rules to be seen. On the model's root it runs every rule once, through {@link ValidationService}
 * (the same isolation, time budget and rule profile as the command line), and adds one diagnostic per
 * finding on the element the finding is about.
 */
public final class RulesEValidator implements EValidator, EValidator.ValidationDelegate {

	public static final String DIAGNOSTIC_SOURCE = "org.outsidein.validation";
	/** Context key for the day to judge the model on; today when absent. */
	public static final String AS_OF = "org.outsidein.validation.asOf";
	/** Context key for the {@link RuleProfile} to use; else the one next to the model file, else the defaults. */
	public static final String PROFILE = "org.outsidein.validation.profile";

	private final Supplier<ValidationService> service;

	/** As EMF creates it from plugin.xml: over every contributed rule. */
	public RulesEValidator() {
		this(ValidationService::fromExtensions);
	}

	RulesEValidator(Supplier<ValidationService> service) {
		this.service = service;
	}

	@Override
	public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(eObject.eClass(), eObject, diagnostics, context);
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!(eObject instanceof OutsideInModel model)) {
			return true;
		}
		ValidationService rules = service.get();
		Path file = fileOf(model);
		RuleProfile profile;
		try {
			profile = profile(context, file, rules);
		} catch (ProfileException e) {
			add(diagnostics, Diagnostic.ERROR, e.getMessage() + "; every rule runs at its own severity", model, null);
			profile = RuleProfile.DEFAULTS;
		}
		ValidationResult result = rules.validate(model, asOf(context), profile, file);
		for (Issue issue : result.issues()) {
			add(diagnostics, severity(issue.severity()), issue.message(), elementOf(model, issue), issue);
		}
		return !result.hasAtLeast(Severity.ERROR);
	}

	@Override
	public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		return true;
	}

	/** The rules are not expressions: as a plain validation delegate there is nothing to evaluate. */
	@Override
	public boolean validate(EClass eClass, EObject eObject, Map<Object, Object> context, EOperation invariant,
			String expression) {
		return true;
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, Map<Object, Object> context, String constraint,
			String expression) {
		return true;
	}

	@Override
	public boolean validate(EDataType eDataType, Object value, Map<Object, Object> context, String constraint,
			String expression) {
		return true;
	}

	private static void add(DiagnosticChain diagnostics, int severity, String message, EObject element, Issue issue) {
		if (diagnostics != null) {
			diagnostics.add(new BasicDiagnostic(severity, DIAGNOSTIC_SOURCE, 0, message,
					issue == null ? new Object[] { element } : new Object[] { element, issue }));
		}
	}

	private static EObject elementOf(OutsideInModel model, Issue issue) {
		Resource resource = model.eResource();
		EObject element = issue.targetUri() == null || resource == null ? null : resource.getEObject(issue.targetUri());
		return element == null ? model : element;
	}

	private static RuleProfile profile(Map<Object, Object> context, Path file, ValidationService rules)
			throws ProfileException {
		if (context != null && context.get(PROFILE) instanceof RuleProfile given) {
			return given;
		}
		return RuleProfile.forModel(null, file, rules.rules());
	}

	private static Path fileOf(OutsideInModel model) {
		Resource resource = model.eResource();
		return resource != null && resource.getURI() != null && resource.getURI().isFile()
				? Path.of(resource.getURI().toFileString())
				: null;
	}

	private static LocalDate asOf(Map<Object, Object> context) {
		return context != null && context.get(AS_OF) instanceof LocalDate day ? day : LocalDate.now();
	}

	private static int severity(Severity severity) {
		return switch (severity) {
		case ERROR -> Diagnostic.ERROR;
		case WARNING -> Diagnostic.WARNING;
		case INFO -> Diagnostic.INFO;
		};
	}
}
