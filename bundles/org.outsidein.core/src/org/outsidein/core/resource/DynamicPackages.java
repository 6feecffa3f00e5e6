package org.outsidein.core.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The methodology author's path without Java: an {@code .ecore} file next to the models defines concepts of their own,
 * usually subclasses of Outside-In's (a {@code MeetupCommunity} extending {@code Community}, written
 * {@code eSuperTypes="http://www.outsidein.org/model/1.0#//Community"}). Before a model is read, each such file in its
 * folder is loaded as a dynamic EPackage into the model's resource set, so that its classes can be instantiated, saved
 * and read again like any other. A package an installed plug-in already provides is left to the plug-in; a file that
 * is not a readable Ecore package is passed over (a model that needs it then says which package it is missing).
 */
public final class DynamicPackages {

	static final String EXTENSION = "ecore";

	private DynamicPackages() {
	}

	/**
	 * Registers the packages of the {@code .ecore} files in the folder of {@code modelFile} with the resource set (only
	 * there: another model's resource set is not affected), once per resource set.
	 *
	 * @return the packages registered by this call
	 */
	public static List<EPackage> registerNextTo(ResourceSet resourceSet, Path modelFile) {
		List<EPackage> registered = new ArrayList<>();
		for (Path file : ecoreFilesNextTo(modelFile)) {
			URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
			if (resourceSet.getResource(uri, false) == null) {
				EPackage ePackage = load(resourceSet, uri);
				if (ePackage != null && isNew(resourceSet, ePackage.getNsURI())) {
					resourceSet.getPackageRegistry().put(ePackage.getNsURI(), ePackage);
					registered.add(ePackage);
				}
			}
		}
		return registered;
	}

	/**
	 * Why no .ecore file next to the model gives the package: the first one that names the namespace but cannot be read
	 * as an Ecore package, with the reason; empty when none names it (the package is simply not there).
	 */
	static Optional<String> whyNotLoaded(Path modelFile, String nsURI) {
		for (Path file : ecoreFilesNextTo(modelFile)) {
			if (names(file, nsURI)) {
				ResourceSet resourceSet = ModelFiles.newResourceSet();
				if (resourceSet.getURIConverter() instanceof GuardedURIConverter guarded) {
					guarded.allowFolderOf(modelFile);
				}
				OutsideInResource resource = new OutsideInResource(URI.createFileURI(file.toString()));
				resourceSet.getResources().add(resource);
				try {
					resource.load(resourceSet.getLoadOptions());
					return problemOf(resource).map(problem -> file.getFileName() + " next to the model names it, but "
							+ problem);
				} catch (IOException | RuntimeException e) {
					return Optional.of(file.getFileName() + " next to the model names it, but cannot be read: "
							+ LoadProblems.describe(file, e).getMessage());
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * What keeps a loaded file from being used as a package: not one, or one that refers to what does not exist (a
	 * misspelt type or superclass, which EMF would otherwise only notice when a model uses the class).
	 */
	private static Optional<String> problemOf(Resource resource) {
		EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
		if (!(root instanceof EPackage ePackage) || ePackage.getNsURI() == null) {
			return Optional.of("holds no Ecore package with a namespace URI (nsURI)");
		}
		if (!resource.getErrors().isEmpty()) {
			return Optional.of("has errors: " + resource.getErrors().get(0).getMessage());
		}
		EcoreUtil.resolveAll(resource);
		return EcoreUtil.UnresolvedProxyCrossReferencer.find(resource).keySet().stream().findFirst()
				.map(proxy -> "refers to " + EcoreUtil.getURI(proxy) + ", which does not exist (misspelt?)");
	}

	private static boolean names(Path file, String nsURI) {
		try {
			return Files.readString(file).contains(nsURI);
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}

	private static List<Path> ecoreFilesNextTo(Path modelFile) {
		Path folder = modelFile.toAbsolutePath().normalize().getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> listing = Files.list(folder)) {
			return listing.filter(file -> file.getFileName().toString().endsWith("." + EXTENSION))
					.filter(Files::isRegularFile).sorted().toList();
		} catch (IOException e) {
			return List.of();
		}
	}

	/** Read by the same hardened parser as models (no DOCTYPE, no external entities), only from the model's folder. */
	private static EPackage load(ResourceSet resourceSet, URI uri) {
		OutsideInResource resource = new OutsideInResource(uri);
		resourceSet.getResources().add(resource);
		try {
			resource.load(resourceSet.getLoadOptions());
			if (problemOf(resource).isEmpty()) {
				return (EPackage) resource.getContents().get(0);
			}
		} catch (IOException | RuntimeException e) {
			// not an Ecore package: passed over, see the class comment
		}
		resourceSet.getResources().remove(resource);
		return null;
	}

	private static boolean isNew(ResourceSet resourceSet, String nsURI) {
		return resourceSet.getPackageRegistry().get(nsURI) == null && EPackage.Registry.INSTANCE.get(nsURI) == null;
	}
}
