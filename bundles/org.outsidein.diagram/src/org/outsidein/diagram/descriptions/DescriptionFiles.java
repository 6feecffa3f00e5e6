package org.outsidein.diagram.descriptions;

import java.io.IOException;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.outsidein.diagram.description.DescriptionPackage;
import org.outsidein.diagram.description.DiagramDescription;

/** Reads description files: XMI whose root is a {@link DiagramDescription}, whatever the file is called. */
public final class DescriptionFiles {

	private DescriptionFiles() {
	}

	public static DiagramDescription load(URI uri) throws DescriptionException {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(DescriptionPackage.eNS_URI, DescriptionPackage.eINSTANCE);
		Resource resource = new XMIResourceFactoryImpl().createResource(uri);
		resourceSet.getResources().add(resource);
		try {
			// Descriptions are data from plug-ins and users: no DOCTYPE, as for model files.
			resource.load(Map.of(XMLResource.OPTION_PARSER_FEATURES,
					Map.of("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE)));
		} catch (IOException | RuntimeException e) {
			throw new DescriptionException(name(uri) + ": cannot be read: " + e.getMessage(), e);
		}
		if (!resource.getErrors().isEmpty()) {
			throw new DescriptionException(name(uri) + ": " + resource.getErrors().get(0).getMessage(), null);
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof DiagramDescription description)) {
			throw new DescriptionException(name(uri) + ": holds no DiagramDescription", null);
		}
		return description;
	}

	public static void save(DiagramDescription description, URI uri) throws IOException {
		Resource resource = new XMIResourceFactoryImpl().createResource(uri);
		resource.getContents().add(description);
		resource.save(Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 100));
	}

	static String name(URI uri) {
		return uri.lastSegment() == null ? uri.toString() : uri.lastSegment();
	}
}
