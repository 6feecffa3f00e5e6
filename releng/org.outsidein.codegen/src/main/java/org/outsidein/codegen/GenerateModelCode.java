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
 * Regenerates the model and edit code of Outside-In from {@code outsidein.genmodel}, outside any IDE.
 * <p>
 * The generator model is reloaded from the Ecore model first (as the IDE's "Reload" does), keeping
 * every setting already in the {@code .genmodel}; it is saved back, then the code is generated. JMerge
 * keeps members marked {@code @generated NOT}. Running it twice changes nothing.
 */
public final class GenerateModelCode {

	private static final String MODEL_BUNDLE = "org.outsidein.model";
	private static final String EDIT_BUNDLE = "org.outsidein.model.edit";
	private static final String GENMODEL = "platform:/resource/" + MODEL_BUNDLE + "/model/outsidein.genmodel";
	private static final String ECORE = "platform:/resource/" + MODEL_BUNDLE + "/model/outsidein.ecore";

	private GenerateModelCode() {
	}

	public static void main(String[] args) throws IOException {
		Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
		Path bundles = root.resolve("bundles");
		EcorePlugin.getPlatformResourceMap().put(MODEL_BUNDLE, bundleUri(bundles.resolve(MODEL_BUNDLE)));
		EcorePlugin.getPlatformResourceMap().put(EDIT_BUNDLE, bundleUri(bundles.resolve(EDIT_BUNDLE)));

		ResourceSet resourceSet = newResourceSet();
		EPackage ePackage = (EPackage) resourceSet.getResource(URI.createURI(ECORE), true).getContents().get(0);
		GenModel genModel = reloadGenModel(resourceSet, ePackage, bundles.resolve(MODEL_BUNDLE + "/model/outsidein.genmodel"));

		Diagnostic validation = genModel.diagnose();
		if (validation.getSeverity() == Diagnostic.ERROR) {
			fail("The generator model is invalid", validation);
		}
		genModel.eResource().save(Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 100));

		generate(genModel);
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
	private static GenModel reloadGenModel(ResourceSet resourceSet, EPackage ePackage, Path genModelFile) {
		GenModel fresh = GenModelFactory.eINSTANCE.createGenModel();
		fresh.initialize(Collections.singleton(ePackage));
		Resource resource;
		if (Files.exists(genModelFile)) {
			resource = resourceSet.getResource(URI.createURI(GENMODEL), true);
			GenModel old = (GenModel) resource.getContents().get(0);
			copySettings(old, fresh);
			fresh.reconcile(old);
			resource.getContents().set(0, fresh);
		} else {
			resource = resourceSet.createResource(URI.createURI(GENMODEL));
			resource.getContents().add(fresh);
			applyDefaults(fresh);
		}
		fresh.getForeignModel().clear();
		fresh.getForeignModel().add("outsidein.ecore");
		fresh.reconcile();
		fresh.setCanGenerate(true);
		return fresh;
	}

	private static void copySettings(GenModel from, GenModel to) {
		for (EAttribute attribute : GenModelPackage.Literals.GEN_MODEL.getEAllAttributes()) {
			if (attribute.isChangeable() && !attribute.isDerived() && from.eIsSet(attribute)) {
				to.eSet(attribute, from.eGet(attribute));
			}
		}
	}

	/** The settings a new generator model starts with; afterwards the .genmodel file is the source. */
	private static void applyDefaults(GenModel genModel) {
		genModel.setModelName("Outsidein");
		genModel.setModelPluginID(MODEL_BUNDLE);
		genModel.setModelDirectory("/" + MODEL_BUNDLE + "/src-gen");
		genModel.setEditPluginID(EDIT_BUNDLE);
		genModel.setEditDirectory("/" + EDIT_BUNDLE + "/src-gen");
		genModel.setEditorDirectory("");
		genModel.setTestsDirectory("");
		genModel.setComplianceLevel(GenJDKLevel.JDK80_LITERAL);
		genModel.setRuntimeVersion(GenRuntimeVersion.EMF220);
		genModel.setImporterID("org.eclipse.emf.importer.ecore");
		genModel.setCopyrightText("Outside-In: a modelling workbench for customer-led innovation.\nGenerated from outsidein.genmodel; do not edit, regenerate.");
		genModel.setBundleManifest(true);
		genModel.setUpdateClasspath(false);
		genModel.setOperationReflection(true);
		genModel.setCodeFormatting(false);
		GenPackage genPackage = genModel.getGenPackages().get(0);
		genPackage.setBasePackage("org.outsidein");
		genPackage.setPrefix("OutsideIn");
		genPackage.setResource(GenResourceKind.NONE_LITERAL);
		genPackage.setFileExtensions("outsidein");
		genPackage.setDisposableProviderFactory(true);
		genPackage.setMultipleEditorPages(false);
	}

	private static void generate(GenModel genModel) {
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		Generator generator = new Generator();
		generator.setInput(genModel);
		for (String projectType : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
				GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
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
