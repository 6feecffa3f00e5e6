package org.outsidein.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenResourceKind;
import org.eclipse.emf.codegen.ecore.genmodel.GenRuntimeVersion;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Regenerates the EMF code of Outside-In's metamodels from their {@code .genmodel} files, outside any IDE.
 * <p>
 * Arguments: the repository root, then the generator models to run, as paths relative to it; without any,
 * every generator model of the repository ({@link #GENMODELS}). Each generator model is reloaded from its Ecore
 * model first (as the IDE's "Reload" does), keeping every setting already in the {@code .genmodel}; it is saved
 * back, then the code is generated: the model code always, the edit code when the generator model names an edit
 * directory. JMerge keeps members marked {@code @generated NOT}. Running it twice changes nothing.
 */
public final class GenerateModelCode {

	/** Every generator model of the repository, each beside its Ecore model in {@code <bundle>/model/}. */
	static final List<String> GENMODELS = List.of("bundles/org.outsidein.model/model/outsidein.genmodel",
			"bundles/org.outsidein.diagram/model/diagram.genmodel",
			"examples/org.outsidein.example.methodology/model/hackathon.genmodel");

	/** The folders whose bundles a model may refer to, by platform:/resource or platform:/plugin URIs. */
	private static final List<String> BUNDLE_FOLDERS = List.of("bundles", "examples");

	private final Path root;
	private final Path bundles;
	private final String bundle;
	private final String modelName;

	private GenerateModelCode(Path root, Path genModelFile) {
		this.root = root;
		Path bundleFolder = genModelFile.getParent().getParent();
		this.bundles = bundleFolder.getParent();
		this.bundle = bundleFolder.getFileName().toString();
		String fileName = genModelFile.getFileName().toString();
		this.modelName = fileName.substring(0, fileName.length() - ".genmodel".length());
	}

	public static void main(String[] args) throws IOException {
		Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
		List<String> genModels = args.length > 1 ? List.of(args).subList(1, args.length) : GENMODELS;
		for (String genModel : genModels) {
			new GenerateModelCode(root, root.resolve(genModel).normalize()).run();
		}
	}

	private void run() throws IOException {
		mapBundle(bundle);
		mapBundle(editBundle());
		ResourceSet resourceSet = newResourceSet();
		mapInstalledBundles(resourceSet);
		EPackage ePackage = (EPackage) resourceSet.getResource(URI.createURI(platformUri(".ecore")), true)
				.getContents().get(0);
		GenModel genModel = reloadGenModel(resourceSet, ePackage);

		Diagnostic validation = genModel.diagnose();
		if (validation.getSeverity() == Diagnostic.ERROR) {
			fail("The generator model " + modelName + ".genmodel is invalid", validation);
		}
		genModel.eResource().save(Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 100));

		generate(genModel);
	}

	private String editBundle() {
		return bundle + ".edit";
	}

	private String platformUri(String extension) {
		return "platform:/resource/" + bundle + "/model/" + modelName + extension;
	}

	private void mapBundle(String name) {
		EcorePlugin.getPlatformResourceMap().put(name, bundleUri(bundles.resolve(name)));
	}

	/**
	 * A methodology author's package refers to Outside-In's as an installed plug-in does
	 * ({@code platform:/plugin/org.outsidein.model/model/outsidein.ecore#//Community}): here that is the bundle's folder.
	 */
	private void mapInstalledBundles(ResourceSet resourceSet) throws IOException {
		for (String folder : BUNDLE_FOLDERS) {
			try (var listing = Files.list(root.resolve(folder))) {
				for (Path bundleFolder : listing.filter(Files::isDirectory).toList()) {
					String name = bundleFolder.getFileName().toString();
					resourceSet.getURIConverter().getURIMap().put(URI.createPlatformPluginURI(name + "/", false),
							bundleUri(bundleFolder));
				}
			}
		}
	}

	private static URI bundleUri(Path bundle) {
		return URI.createFileURI(bundle.toString() + "/");
	}

	private static ResourceSet newResourceSet() {
		EcorePackage.eINSTANCE.eClass();
		GenModelPackage.eINSTANCE.eClass();
		ResourceSet resourceSet = new ResourceSetImpl();
		Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
		factories.put("ecore", new EcoreResourceFactoryImpl());
		factories.put("genmodel", new EcoreResourceFactoryImpl());
		return resourceSet;
	}

	/** Builds a fresh generator model from the Ecore model and carries the old one's settings over. */
	private GenModel reloadGenModel(ResourceSet resourceSet, EPackage ePackage) {
		GenModel fresh = GenModelFactory.eINSTANCE.createGenModel();
		fresh.initialize(Collections.singleton(ePackage));
		Resource resource;
		if (Files.exists(bundles.resolve(bundle + "/model/" + modelName + ".genmodel"))) {
			resource = resourceSet.getResource(URI.createURI(platformUri(".genmodel")), true);
			GenModel old = (GenModel) resource.getContents().get(0);
			copySettings(old, fresh);
			// a package subclassing another model's classes names that model's generator package: keep it, so that
			// the other model's code is used, not generated again here
			fresh.getUsedGenPackages().addAll(old.getUsedGenPackages());
			fresh.reconcile(old);
			resource.getContents().set(0, fresh);
		} else {
			resource = resourceSet.createResource(URI.createURI(platformUri(".genmodel")));
			resource.getContents().add(fresh);
			applyDefaults(fresh, ePackage);
		}
		fresh.getForeignModel().clear();
		fresh.getForeignModel().add(modelName + ".ecore");
		fresh.reconcile();
		fresh.getGenPackages().removeIf(genPackage -> isUsed(fresh, genPackage));
		fresh.setCanGenerate(true);
		return fresh;
	}

	private static boolean isUsed(GenModel genModel, GenPackage genPackage) {
		return genModel.getUsedGenPackages().stream()
				.anyMatch(used -> used.getNSURI() != null && used.getNSURI().equals(genPackage.getNSURI()));
	}

	private static void copySettings(GenModel from, GenModel to) {
		for (EAttribute attribute : GenModelPackage.Literals.GEN_MODEL.getEAllAttributes()) {
			if (attribute.isChangeable() && !attribute.isDerived() && from.eIsSet(attribute)) {
				to.eSet(attribute, from.eGet(attribute));
			}
		}
	}

	/**
	 * The settings a new generator model starts with; afterwards the .genmodel file is the source. The Java
	 * package is the bundle's name (without the EPackage's name when the bundle ends with it); the edit code goes
	 * to {@code <bundle>.edit} when that bundle exists.
	 */
	private void applyDefaults(GenModel genModel, EPackage ePackage) {
		String prefix = Character.toUpperCase(ePackage.getName().charAt(0)) + ePackage.getName().substring(1);
		genModel.setModelName(prefix);
		genModel.setModelPluginID(bundle);
		genModel.setModelDirectory("/" + bundle + "/src-gen");
		if (Files.isDirectory(bundles.resolve(editBundle()))) {
			genModel.setEditPluginID(editBundle());
			genModel.setEditDirectory("/" + editBundle() + "/src-gen");
		} else {
			genModel.setEditDirectory("");
		}
		genModel.setEditorDirectory("");
		genModel.setTestsDirectory("");
		genModel.setComplianceLevel(GenJDKLevel.JDK80_LITERAL);
		genModel.setRuntimeVersion(GenRuntimeVersion.EMF220);
		genModel.setImporterID("org.eclipse.emf.importer.ecore");
		genModel.setCopyrightText("Outside-In: a modelling workbench for customer-led innovation.\nGenerated from "
				+ modelName + ".genmodel; do not edit, regenerate.");
		genModel.setBundleManifest(true);
		genModel.setUpdateClasspath(false);
		genModel.setOperationReflection(true);
		genModel.setCodeFormatting(false);
		GenPackage genPackage = genModel.getGenPackages().get(0);
		String suffix = "." + ePackage.getName();
		genPackage.setBasePackage(bundle.endsWith(suffix) ? bundle.substring(0, bundle.length() - suffix.length()) : bundle);
		genPackage.setPrefix(prefix);
		genPackage.setResource(GenResourceKind.NONE_LITERAL);
		genPackage.setDisposableProviderFactory(true);
		genPackage.setMultipleEditorPages(false);
	}

	private static void generate(GenModel genModel) {
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		Generator generator = new Generator();
		generator.setInput(genModel);
		List<String> projectTypes = genModel.getEditDirectory() == null || genModel.getEditDirectory().isEmpty()
				? List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE)
				: List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE);
		for (String projectType : projectTypes) {
			Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor());
			if (result.getSeverity() == Diagnostic.ERROR) {
				fail("Code generation failed for " + projectType, result);
			}
		}
	}

	private static void fail(String what, Diagnostic diagnostic) {
		StringBuilder message = new StringBuilder(what).append(':');
		appendDiagnostic(message, diagnostic, "  ");
		throw new IllegalStateException(message.toString());
	}

	private static void appendDiagnostic(StringBuilder into, Diagnostic diagnostic, String indent) {
		into.append('\n').append(indent).append(diagnostic.getMessage());
		if (diagnostic.getException() != null) {
			into.append(" (").append(diagnostic.getException()).append(')');
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			appendDiagnostic(into, child, indent + "  ");
		}
	}
}
