package org.outsidein.validation.internal.rules;

import java.util.Collection;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.validation.RuleContext;
import org.outsidein.validation.ValidationRule;

/**
 * References that lead nowhere: to an element deleted from the file, or into a file (or library) that is
 * missing or no longer has the element.
 */
public class DanglingReferenceRule implements ValidationRule {

	@Override
	public void check(EObject root, RuleContext context) {
		Resource resource = context.model().eResource();
		if (resource == null) {
			return;
		}
		for (Resource.Diagnostic error : resource.getErrors()) {
			if (error instanceof UnresolvedReferenceException unresolved) {
				EObject owner = unresolved.getObject();
				context.report(owner, ElementLabels.label(owner) + " refers in '" + featureName(unresolved.getFeature())
						+ "' to '" + unresolved.getReference() + "', which is not in the file (line "
						+ unresolved.getLine() + ")");
			}
		}
		Map<EObject, Collection<EStructuralFeature.Setting>> proxies = EcoreUtil.UnresolvedProxyCrossReferencer
				.find(resource);
		proxies.forEach((proxy, settings) -> {
			URI target = ((InternalEObject) proxy).eProxyURI();
			for (EStructuralFeature.Setting setting : settings) {
				EObject owner = setting.getEObject();
				context.report(owner, ElementLabels.label(owner) + " refers in '"
						+ setting.getEStructuralFeature().getName() + "' to " + target + ", which cannot be found");
			}
		});
	}

	private static String featureName(EStructuralFeature feature) {
		return feature == null ? "?" : feature.getName();
	}
}
