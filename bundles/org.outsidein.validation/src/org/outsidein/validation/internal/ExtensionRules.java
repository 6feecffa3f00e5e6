package org.outsidein.validation.internal;

import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.outsidein.core.extensions.ContributionException;
import org.outsidein.core.extensions.ExtensionReader;
import org.outsidein.core.extensions.ExtensionReader.Contributions;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.validation.RuleDescriptor;
import org.outsidein.validation.Severity;
import org.outsidein.validation.ValidationRule;

/** Reads the rules contributed to {@code org.outsidein.validation.rules}; a bad contribution is reported and skipped. */
public final class ExtensionRules {

	public static final String EXTENSION_POINT = "org.outsidein.validation.rules";

	private ExtensionRules() {
	}

	public static List<RuleDescriptor> read() {
		return contributions().items();
	}

	/** The rules and the contributions that could not be read. */
	public static Contributions<RuleDescriptor> contributions() {
		return ExtensionReader.read(EXTENSION_POINT, "validation rule", ExtensionRules::describe, RuleDescriptor::id);
	}

	static RuleDescriptor describe(IConfigurationElement element) throws ContributionException {
		String id = ExtensionReader.required(element, "id");
		String severityName = ExtensionReader.required(element, "severity");
		Severity severity = Severity.parse(severityName);
		if (severity == null) {
			throw new ContributionException("rule '" + id + "': severity must be error, warning or info, not '"
					+ severityName + "'");
		}
		ExtensionReader.required(element, "class");
		EClass targetClass = targetClass(id, element.getAttribute("targetClass"));
		return new RuleDescriptor(id, ExtensionReader.required(element, "name"), ExtensionReader.required(element,
				"category"), severity, targetClass, ExtensionReader.childText(element, "description"),
				element.getContributor().getName(),
				ExtensionReader.factory(element, "class", ValidationRule.class, "validation rule '" + id + "'"));
	}


	/** "Customer" names a class of the Outside-In package; "nsURI#Class" one of an extension package. */
	private static EClass targetClass(String id, String name) throws ContributionException {
		if (name == null || name.isBlank()) {
			return null;
		}
		EPackage ePackage = OutsideInPackage.eINSTANCE;
		String className = name.strip();
		int hash = className.indexOf('#');
		if (hash >= 0) {
			ePackage = EPackage.Registry.INSTANCE.getEPackage(className.substring(0, hash));
			className = className.substring(hash + 1);
		}
		EClassifier classifier = ePackage == null ? null : ePackage.getEClassifier(className);
		if (!(classifier instanceof EClass eClass)) {
			throw new ContributionException("rule '" + id + "': targetClass '" + name + "' is not a known class");
		}
		return eClass;
	}
}
