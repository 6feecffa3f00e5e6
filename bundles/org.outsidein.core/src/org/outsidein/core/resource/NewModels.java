package org.outsidein.core.resource;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.model.Organisation;
import org.outsidein.model.OutsideInFactory;
import org.outsidein.model.OutsideInModel;

/** New, empty models: an organisation with nothing in it yet, assessed against the built-in methodology. */
public final class NewModels {

	private NewModels() {
	}

	/** Creates the model in a new resource for the file; nothing is written until it is saved. */
	public static Resource create(ResourceSet resourceSet, Path file, String name) {
		OutsideInModel model = OutsideInFactory.eINSTANCE.createOutsideInModel();
		model.setName(name);
		Organisation organisation = OutsideInFactory.eINSTANCE.createOrganisation();
		organisation.setName(name);
		model.setOrganisation(organisation);
		model.getMethodologies().add(MethodologyLibrary.outsideInnovation(resourceSet));
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
