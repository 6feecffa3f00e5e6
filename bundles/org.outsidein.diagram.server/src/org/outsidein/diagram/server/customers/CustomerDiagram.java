package org.outsidein.diagram.server.customers;

import java.nio.file.Path;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.core.resource.ModelLoadException;
import org.outsidein.diagram.server.DiagramSession;
import org.outsidein.model.OutsideInModel;

/** Opens a model file as a customers-by-role diagram session, with an editing domain of its own (the command line's case). */
public final class CustomerDiagram {

	private CustomerDiagram() {
	}

	public static DiagramSession open(Path modelFile) throws ModelLoadException {
		OutsideInModel model = ModelFiles.load(modelFile);
		EditingDomain domain = editingDomain(model);
		return new DiagramSession(modelFile, model.eResource(), domain.getCommandStack(),
				new CustomersByRoleSource(model, domain));
	}

	/** The workbench passes its editor's domain instead, so that the diagram shares its undo history. */
	public static EditingDomain editingDomain(OutsideInModel model) {
		ComposedAdapterFactory adapters = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapters.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		return new AdapterFactoryEditingDomain(adapters, new BasicCommandStack(), model.eResource().getResourceSet());
	}
}
