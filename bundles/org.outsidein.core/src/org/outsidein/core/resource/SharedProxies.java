package org.outsidein.core.resource;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.InternalEObject;

/**
 * The proxies of one load: one per URI and class, where EMF's loader makes one per reference (a large model refers
 * to the methodology library's five roles hundreds of thousands of times). A proxy is never changed by resolving
 * it: the referring object replaces it with the resolved object, so sharing it changes nothing else. URIs are
 * made as EMF's loader makes them: relative ones resolved against the file's own URI.
 */
final class SharedProxies {

	private final URI base;
	private final boolean resolveRelative;
	private final EPackage.Registry packages;
	private final Map<EClass, Map<String, EObject>> byType = new HashMap<>();

	SharedProxies(URI base, EPackage.Registry packages) {
		this.base = base;
		this.resolveRelative = base != null && base.isHierarchical() && !base.isRelative();
		this.packages = packages;
	}

	EObject proxy(String text, EClass type) {
		if (type == null) {
			throw new FastLoadRefusal("a reference to another file whose type cannot be instantiated: " + text);
		}
		Map<String, EObject> proxies = byType.computeIfAbsent(type, t -> new HashMap<>());
		EObject proxy = proxies.get(text);
		if (proxy == null) {
			proxy = type.getEPackage().getEFactoryInstance().create(type);
			((InternalEObject) proxy).eSetProxyURI(uri(text));
			proxies.put(text, proxy);
		}
		return proxy;
	}

	private URI uri(String text) {
		URI uri;
		try {
			uri = URI.createURI(text);
		} catch (IllegalArgumentException e) {
			throw new FastLoadRefusal("not a URI: " + text);
		}
		if (resolveRelative && uri.isRelative() && uri.hasRelativePath()) {
			if (packages.containsKey(uri.trimFragment().toString())) {
				throw new FastLoadRefusal("a relative reference that names a package: " + text);
			}
			uri = uri.resolve(base);
		}
		if (uri.trimFragment().equals(base)) {
			// EMF's loader treats such a proxy specially (it may be the other end of an IDREF)
			throw new FastLoadRefusal("a reference to this very file by URI: " + text);
		}
		return uri;
	}
}
