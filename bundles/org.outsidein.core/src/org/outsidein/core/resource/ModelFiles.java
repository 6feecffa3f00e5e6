package org.outsidein.core.resource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.OutsideInPackage;

/**
 * Loads and saves {@code *.outsidein} files safely: hostile XML is refused, a bad file is reported as
 * {@code file:line:column: what was expected} and never written to, and a save replaces the file
 * atomically, keeping the previous version as {@code <name>.bak}. A file whose only fault is references
 * to elements that are not there loads, with those references left in {@link Resource#getErrors()}.
 * Loading never opens a network connection: a model's resource set reads only the folders its models were opened
 * from and the installed methodology library. Concepts defined in an {@code .ecore} file next to a model are known
 * to it ({@link DynamicPackages}).
 */
public final class ModelFiles {

	public static final String EXTENSION = "outsidein";

	private ModelFiles() {
	}

	/** A resource set that knows model files and the built-in methodology library. */
	public static ResourceSet newResourceSet() {
		ResourceSetImpl resourceSet = new ResourceSetImpl();
		resourceSet.setURIConverter(new GuardedURIConverter());
		// A file a model refers to is read as carefully as the model: the same hardened parser, whatever its name.
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
				new OutsideInResourceFactory());
		// Every role and answer refers into the methodology library: without this cache each of those
		// references would normalise the library's URI again when it is resolved.
		resourceSet.setURIResourceMap(new HashMap<>());
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION,
				new OutsideInResourceFactory());
		resourceSet.getPackageRegistry().put(OutsideInPackage.eNS_URI, OutsideInPackage.eINSTANCE);
		MethodologyLibrary.register(resourceSet);
		return resourceSet;
	}

	/** Loads the model of a file into a resource set of its own. */
	public static OutsideInModel load(Path file) throws ModelLoadException {
		return load(newResourceSet(), file);
	}

	public static OutsideInModel load(ResourceSet resourceSet, Path file) throws ModelLoadException {
		Resource resource = loadResource(resourceSet, file);
		EObject root = resource.getContents().get(0);
		if (!(root instanceof OutsideInModel model)) {
			resourceSet.getResources().remove(resource);
			throw new ModelLoadException(file, "expected an Outside-In model as the root element, found a "
					+ root.eClass().getName());
		}
		return model;
	}

	/** Loads a file whatever its root (a model, or a methodology). The file is only read. */
	public static Resource loadResource(ResourceSet resourceSet, Path file) throws ModelLoadException {
		return loadResource(resourceSet, file, OutsideInResource::load);
	}

	/** How a file's content gets into its resource; tests pass EMF's own loading to compare with. */
	interface Reading {
		void read(OutsideInResource resource, Path file, Map<?, ?> options) throws IOException;
	}

	static Resource loadResource(ResourceSet resourceSet, Path file, Reading reading) throws ModelLoadException {
		checkReadable(file);
		if (resourceSet.getURIConverter() instanceof GuardedURIConverter guarded) {
			guarded.allowFolderOf(file);
		}
		DynamicPackages.registerNextTo(resourceSet, file);
		OutsideInResource resource = new OutsideInResource(fileUri(file));
		resourceSet.getResources().add(resource);
		try {
			reading.read(resource, file, resourceSet.getLoadOptions());
		} catch (IOException | RuntimeException e) {
			if (onlyDanglingReferences(resource)) {
				// The model itself is whole; validation reports the references that lead nowhere.
				return resource;
			}
			// Described before unloading: unloaded elements lose their names.
			ModelLoadException problem = LoadProblems.describe(file, e);
			resourceSet.getResources().remove(resource);
			resource.unload();
			throw problem;
		}
		if (resource.getContents().isEmpty()) {
			resourceSet.getResources().remove(resource);
			throw new ModelLoadException(file, "the file holds no model; " + LoadProblems.EXPECTED_MODEL);
		}
		return resource;
	}

	/**
	 * Whether the load failed only because some references name elements that are not in the file (deleted,
	 * or edited by hand). Such a model is still worth opening, so that the user can see and mend them.
	 */
	private static boolean onlyDanglingReferences(Resource resource) {
		return !resource.getContents().isEmpty() && !resource.getErrors().isEmpty()
				&& resource.getErrors().stream().allMatch(UnresolvedReferenceException.class::isInstance);
	}

	private static void checkReadable(Path file) throws ModelLoadException {
		try {
			if (Files.isDirectory(file)) {
				throw new ModelLoadException(file, "is a folder; expected a model file");
			}
			if (Files.size(file) == 0) {
				throw new ModelLoadException(file, "the file is empty; " + LoadProblems.EXPECTED_MODEL);
			}
		} catch (NoSuchFileException e) {
			throw new ModelLoadException(file, "no such file");
		} catch (ModelLoadException e) {
			throw e;
		} catch (IOException e) {
			throw new ModelLoadException(file, "cannot be read: " + e.getMessage());
		}
	}

	/** Saves the resource to its own file. */
	public static void save(Resource resource) throws IOException {
		save(resource, Path.of(resource.getURI().toFileString()));
	}

	/** Saves the resource to the given file, which becomes the resource's location. */
	public static void save(Resource resource, Path file) throws IOException {
		save(resource, file, UnaryOperator.identity());
	}

	/** {@code decorate} wraps the stream the model is written to; tests use it to simulate a crash. */
	static void save(Resource resource, Path file, UnaryOperator<OutputStream> decorate) throws IOException {
		URI uri = fileUri(file);
		if (!uri.equals(resource.getURI())) {
			resource.setURI(uri);
		}
		Ids.assignMissing(resource);
		AtomicFileWriter.write(file, out -> resource.save(out, null), decorate);
		resource.setModified(false);
	}

	/** "cairnwood-outdoor" for cairnwood-outdoor.outsidein: the stem of the files written from a model. */
	public static String baseName(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

	/** The backup a save keeps of the previous version of a file. */
	public static Path backupOf(Path file) {
		return file.resolveSibling(file.getFileName() + AtomicFileWriter.BACKUP_SUFFIX);
	}

	private static URI fileUri(Path file) {
		return URI.createFileURI(file.toAbsolutePath().normalize().toString());
	}
}
