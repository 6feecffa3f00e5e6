package org.outsidein.core.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Loads a file both ways, the fast loader and EMF's own parser, and compares what they give: the same objects and
 * values (ids included), the same references, each library reference the same unresolved proxy URI, the same id map.
 */
final class LoadComparison {

	/** EMF's own loading, as every EMF tool does it: the resource reads the stream with its XMI parser. */
	static final ModelFiles.Reading EMF = (resource, file, options) -> {
		try (InputStream in = Files.newInputStream(file)) {
			resource.load(in, options);
		}
	};

	private LoadComparison() {
	}

	/** The file loaded by the fast loader, which must have understood it. */
	static OutsideInResource fast(Path file) throws ModelLoadException {
		OutsideInResource resource = (OutsideInResource) ModelFiles.loadResource(ModelFiles.newResourceSet(), file);
		assertTrue(resource.fastLoadOutcome().loaded(), file + ": " + resource.fastLoadOutcome().refusal());
		return resource;
	}

	static OutsideInResource emf(Path file) throws ModelLoadException {
		return (OutsideInResource) ModelFiles.loadResource(ModelFiles.newResourceSet(), file, EMF);
	}

	static void assertSameModel(OutsideInResource expected, OutsideInResource actual) {
		// references first, before anything resolves a proxy
		assertEquals(references(expected), references(actual), "references");
		assertEquals(idMap(expected), idMap(actual), "id maps");
		assertTrue(new UnresolvingEquality().equals(expected.getContents(), actual.getContents()),
				"the same objects and values");
		assertEquals(expected.getEncoding(), actual.getEncoding(), "encoding");
		assertEquals(expected.getXMLVersion(), actual.getXMLVersion(), "XML version");
		assertEquals(expected.getErrors().size(), actual.getErrors().size(), "errors");
		assertEquals(expected.getWarnings().size(), actual.getWarnings().size(), "warnings");
	}

	/**
	 * EMF's equality, comparing references as loaded, unresolved: a proxy equals a proxy of the same class and URI.
	 * (EMF's own proxy comparison remembers the first match, which would not do for proxies shared by the fast loader.)
	 */
	private static final class UnresolvingEquality extends EcoreUtil.EqualityHelper {

		private static final long serialVersionUID = 1L;

		@Override
		public boolean equals(EObject eObject1, EObject eObject2) {
			if (eObject1 != null && eObject2 != null && eObject1.eIsProxy() && eObject2.eIsProxy()) {
				return eObject1.eClass() == eObject2.eClass()
						&& ((InternalEObject) eObject1).eProxyURI().equals(((InternalEObject) eObject2).eProxyURI());
			}
			return super.equals(eObject1, eObject2);
		}

		@Override
		@SuppressWarnings("unchecked")
		protected boolean haveEqualReference(EObject eObject1, EObject eObject2, EReference reference) {
			Object value1 = eObject1.eGet(reference, false);
			Object value2 = eObject2.eGet(reference, false);
			return reference.isMany() ? equals((List<EObject>) value1, (List<EObject>) value2)
					: equals((EObject) value1, (EObject) value2);
		}
	}

	/**
	 * Every cross reference, unresolved, in content order: a proxy as its URI, an element of the file as its place.
	 * Also proves proxies stay proxies: a resolved one would show as a place in another resource.
	 */
	static List<String> references(Resource resource) {
		List<String> references = new ArrayList<>();
		for (Iterator<EObject> all = resource.getAllContents(); all.hasNext();) {
			EObject element = all.next();
			for (EReference reference : element.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isTransient()) {
					continue;
				}
				Object value = element.eGet(reference, false);
				List<?> targets = reference.isMany() ? (List<?>) value : value == null ? List.of() : List.of(value);
				for (Object target : targets) {
					references.add(place(element) + " " + reference.getName() + " -> " + describe((EObject) target));
				}
			}
		}
		return references;
	}

	private static String describe(EObject target) {
		return target.eIsProxy() ? "proxy " + target.eClass().getName() + " " + ((InternalEObject) target).eProxyURI()
				: place(target);
	}

	private static String place(EObject element) {
		return element.eClass().getName() + " " + EcoreUtil.getRelativeURIFragmentPath(null, element);
	}

	private static Map<String, String> idMap(OutsideInResource resource) {
		Map<String, String> ids = new TreeMap<>();
		resource.getIntrinsicIDToEObjectMap().forEach((id, element) -> ids.put(id, place(element)));
		return ids;
	}
}
