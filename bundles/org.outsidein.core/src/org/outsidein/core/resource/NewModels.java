package org.outsidein.core.resource;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.core.library.MethodologyRegistry;
import org.outsidein.model.Methodology;
import org.outsidein.model.Organisation;
import org.outsidein.model.OutsideInFactory;
import org.outsidein.model.OutsideInModel;

/** New, empty models: an organisation with nothing in it yet, assessed against the built-in methodology or a chosen one. */
public final class NewModels {

	private NewModels() {
	}

	/** Creates the model in a new resource for the file; nothing is written until it is saved. */
	public static Resource create(ResourceSet resourceSet, Path file, String name) {
		return create(resourceSet, file, name, List.of(MethodologyLibrary.outsideInnovation(resourceSet)));
	}

	/**
	 * Creates a model following the given methodologies (from {@link MethodologyRegistry#load}), which it refers to
	 * and does not copy.
	 */
	public static Resource create(ResourceSet resourceSet, Path file, String name, List<Methodology> methodologies) {
		OutsideInModel model = OutsideInFactory.eINSTANCE.createOutsideInModel();
		model.setName(name);
		Organisation organisation = OutsideInFactory.eINSTANCE.createOrganisation();
		organisation.setName(name);
		model.setOrganisation(organisation);
		model.getMethodologies().addAll(methodologies);
		Resource resource = new OutsideInResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()));
		resourceSet.getResources().add(resource);
		resource.getContents().add(model);
		Ids.assignMissing(resource);
		return resource;
	}

	/** "acme-corp.outsidein" becomes "Acme corp". */
	public static String nameFromFile(Path file) {
		String base = file.getFileName().toString();
		int dot = base.lastIndexOf('.');
		String words = (dot > 0 ? base.substring(0, dot) : base).replace('-', ' ').replace('_', ' ').trim();
		return words.isEmpty() ? "New model" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}
}
