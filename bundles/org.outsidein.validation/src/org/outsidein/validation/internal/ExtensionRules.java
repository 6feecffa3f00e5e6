package org.outsidein.validation.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.validation.RuleDescriptor;
import org.outsidein.validation.Severity;
import org.outsidein.validation.ValidationRule;

/** Reads the rules contributed to {@code org.outsidein.validation.rules}; a bad contribution is logged and skipped. */
public final class ExtensionRules {

	public static final String EXTENSION_POINT = "org.outsidein.validation.rules";

	private ExtensionRules() {
	}

	public static List<RuleDescriptor> read() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		List<RuleDescriptor> rules = new ArrayList<>();
		if (registry == null) {
			return rules;
		}
		Set<String> ids = new HashSet<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			try {
				RuleDescriptor rule = describe(element);
				if (!ids.add(rule.id())) {
					throw new IllegalArgumentException("a second rule with id '" + rule.id() + "'");
				}
				rules.add(rule);
			} catch (IllegalArgumentException e) {
				ILog.of(ExtensionRules.class).warn("Validation rule from " + element.getContributor().getName()
						+ " ignored: " + e.getMessage());
			}
		}
		return rules;
	}

	static RuleDescriptor describe(IConfigurationElement element) {
		String id = required(element, "id");
		Severity severity = Severity.parse(required(element, "severity"));
		if (severity == null) {
			throw new IllegalArgumentException("rule '" + id + "': severity must be error, warning or info");
		}
		EClass targetClass = targetClass(id, element.getAttribute("targetClass"));
		IConfigurationElement[] descriptions = element.getChildren("description");
		String description = descriptions.length > 0 ? descriptions[0].getValue().strip().replaceAll("\\s+", " ") : "";
		return new RuleDescriptor(id, required(element, "name"), required(element, "category"), severity, targetClass,
				description, element.getContributor().getName(), () -> create(element));
	}

	private static ValidationRule create(IConfigurationElement element) {
		try {
			return (ValidationRule) element.createExecutableExtension("class");
		} catch (CoreException e) {
			throw new IllegalStateException("cannot create " + element.getAttribute("class") + ": "
					+ e.getStatus().getMessage(), e);
		}
	}

	/** "Customer" names a class of the Outside-In package; "nsURI#Class" one of an extension package. */
	private static EClass targetClass(String id, String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		EPackage ePackage = OutsideInPackage.eINSTANCE;
		String className = name;
		int hash = name.indexOf('#');
		if (hash >= 0) {
			ePackage = EPackage.Registry.INSTANCE.getEPackage(name.substring(0, hash));
			className = name.substring(hash + 1);
		}
		EClassifier classifier = ePackage == null ? null : ePackage.getEClassifier(className);
		if (!(classifier instanceof EClass eClass)) {
			throw new IllegalArgumentException("rule '" + id + "': targetClass '" + name + "' is not a known class");
		}
		return eClass;
	}

	private static String required(IConfigurationElement element, String attribute) {
		String value = element.getAttribute(attribute);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("missing attribute '" + attribute + "'");
		}
		return value;
	}
}
