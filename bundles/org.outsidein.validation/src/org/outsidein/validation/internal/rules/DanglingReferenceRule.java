package org.outsidein.validation.internal.rules;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.validation.RuleContext;
import org.outsidein.validation.ValidationRule;

/**
 * References that lead nowhere: to an element deleted from the file, into a file (or library) that is
 * missing or no longer has the element, or to an element of the wrong type (a role pointing at an organisation). References inside the file are resolved at load, so only those to
 * other files can still be proxies; each distinct target is resolved once, however many refer to it. Checked
 * element by element, sharing the one walk over the model with the other element rules.
 */
public class DanglingReferenceRule implements ValidationRule {

	/** Stands for "nothing there" in the cache of what each URI resolves to. */
	private static final EObject NOTHING = EcoreFactory.eINSTANCE.createEObject();

	private final Map<URI, EObject> resolved = new HashMap<>();

	@Override
	public void check(EObject element, RuleContext context) {
		if (element == context.model()) {
			reportUnresolvedIds(context);
		}
		checkReferences(element, context, resolved);
	}

	/** References to ids not in the file, which the load left in the resource's errors. */
	private static void reportUnresolvedIds(RuleContext context) {
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
	}

	private static void checkReferences(EObject owner, RuleContext context, Map<URI, EObject> resolved) {
		for (EReference reference : owner.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer() || reference.isDerived() || reference.isTransient()) {
				continue;
			}
			Object value = owner.eGet(reference, false);
			if (reference.isMany()) {
				for (Iterator<?> targets = ((InternalEList<?>) value).basicIterator(); targets.hasNext();) {
					checkTarget(owner, reference, (EObject) targets.next(), context, resolved);
				}
			} else if (value != null) {
				checkTarget(owner, reference, (EObject) value, context, resolved);
			}
		}
	}

	private static void checkTarget(EObject owner, EReference reference, EObject target, RuleContext context,
			Map<URI, EObject> resolved) {
		if (!target.eIsProxy()) {
			return;
		}
		URI uri = ((InternalEObject) target).eProxyURI();
		ResourceSet resourceSet = owner.eResource() == null ? null : owner.eResource().getResourceSet();
		EObject found = resolved.computeIfAbsent(uri, proxy -> resolve(resourceSet, proxy));
		if (found == NOTHING) {
			context.report(owner, ElementLabels.label(owner) + " refers in '" + reference.getName() + "' to " + uri
					+ ", which cannot be found");
		} else if (!reference.getEReferenceType().isInstance(found)) {
			// The model keeps such a reference unresolved (see ProxyTypeCheckingEObjectImpl): it leads nowhere.
			context.report(owner, ElementLabels.label(owner) + " refers in '" + reference.getName() + "' to "
					+ ElementLabels.label(found) + " (" + uri + "), which is not "
					+ ElementLabels.aType(reference.getEReferenceType()));
		}
	}

	/** The element at the URI, or {@link #NOTHING} when there is none (a missing file, or no such element). */
	private static EObject resolve(ResourceSet resourceSet, URI uri) {
		try {
			EObject element = resourceSet == null ? null : resourceSet.getEObject(uri, true);
			return element == null || element.eIsProxy() ? NOTHING : element;
		} catch (RuntimeException e) {
			// a missing or unreadable file: the reference leads nowhere
			return NOTHING;
		}
	}

	private static String featureName(EStructuralFeature feature) {
		return feature == null ? "?" : feature.getName();
	}

}
