package org.outsidein.model.impl;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * The root of every generated Outside-In class (the generator model's {@code rootExtendsClass}).
 * <p>
 * A reference to another file is a proxy until it is used; EMF then resolves it to whatever element that
 * file holds at the URI, of any type. A hand-edited or merged file can point a role at an organisation, or
 * an answer's activity at a role, and the generated getters would fail with a ClassCastException far from
 * the cause. Here such a proxy stays unresolved instead: code sees a reference that leads nowhere, which
 * validation reports, and the wrong element is never returned.
 */
public abstract class ProxyTypeCheckingEObjectImpl extends MinimalEObjectImpl.Container {

	@Override
	public EObject eResolveProxy(InternalEObject proxy) {
		EObject resolved = super.eResolveProxy(proxy);
		return resolved == proxy || proxy.eClass().isInstance(resolved) ? resolved : proxy;
	}
}
