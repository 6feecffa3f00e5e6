package org.outsidein.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.core.resource.ModelLoadException;
import org.outsidein.model.OutsideInModel;

/**
 * One model file open for editing: its model, the item providers that label and describe it, and the one
 * editing domain whose command stack every page, view and dialog changes it through (one Undo history).
 */
public final class EditedModel {

	private final Path file;
	private final ComposedAdapterFactory adapterFactory;
	private final AdapterFactoryEditingDomain domain;
	private final OutsideInModel model;
	private FileTime savedAt;

	private EditedModel(Path file, ComposedAdapterFactory adapterFactory, AdapterFactoryEditingDomain domain,
			OutsideInModel model) {
		this.file = file;
		this.adapterFactory = adapterFactory;
		this.domain = domain;
		this.model = model;
		this.savedAt = lastModified(file);
	}

	/** Loads the file; nothing is written, whatever happens. */
	public static EditedModel open(Path file) throws ModelLoadException {
		ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(
				ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		// Elements of packages without generated item providers (a methodology author's dynamic package) still show.
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		ResourceSet resourceSet = ModelFiles.newResourceSet();
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack(),
				resourceSet);
		// Lets the item providers (and so the Properties view) find the domain and change the model by commands.
		resourceSet.eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
		try {
			return new EditedModel(file, adapterFactory, domain, ModelFiles.load(resourceSet, file));
		} catch (ModelLoadException e) {
			adapterFactory.dispose();
			throw e;
		}
	}

	public Path file() {
		return file;
	}

	public OutsideInModel model() {
		return model;
	}

	public Resource resource() {
		return model.eResource();
	}

	public AdapterFactoryEditingDomain domain() {
		return domain;
	}

	public ComposedAdapterFactory adapterFactory() {
		return adapterFactory;
	}

	public BasicCommandStack commandStack() {
		return (BasicCommandStack) domain.getCommandStack();
	}

	public boolean isDirty() {
		return commandStack().isSaveNeeded();
	}

	/** Saves atomically to the file (or to another, which becomes the model's file). */
	public void saveTo(Path target) throws IOException {
		ModelFiles.save(resource(), target);
		commandStack().saveIsDone();
		savedAt = lastModified(target);
	}

	/** Whether someone else changed the file since it was loaded or last saved here. */
	public boolean changedOnDisk() {
		FileTime now = lastModified(file);
		return now != null && savedAt != null && !now.equals(savedAt);
	}

	/** Takes the file's current time as seen, so the same change is not offered again. */
	public void acknowledgeDiskChange() {
		savedAt = lastModified(file);
	}

	public void dispose() {
		adapterFactory.dispose();
	}

	private static FileTime lastModified(Path file) {
		try {
			return Files.getLastModifiedTime(file);
		} catch (IOException e) {
			return null;
		}
	}
}
