package org.outsidein.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.outsidein.core.extensions.ContributionException;
import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.core.library.MethodologyRegistry;
import org.outsidein.core.library.MethodologyRegistry.InstalledMethodology;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.model.Methodology;
import org.outsidein.tests.support.TemporaryContributions;

class MethodologyRegistryTest {

	private static final Bundle CORE = FrameworkUtil.getBundle(MethodologyRegistry.class);

	private static String contribution(String extensionId, String attributes) {
		return "<extension point=\"" + MethodologyRegistry.EXTENSION_POINT + "\" id=\"" + extensionId + "\">"
				+ "<methodology " + attributes + "/></extension>";
	}

	@Test
	void theBuiltInMethodologyComesFirstUnderItsPlatformUri() throws Exception {
		InstalledMethodology builtIn = MethodologyRegistry.all().get(0);
		assertEquals(MethodologyRegistry.OUTSIDE_INNOVATION, builtIn.id());
		assertEquals("org.outsidein.core", builtIn.bundle());
		assertEquals(MethodologyLibrary.OUTSIDE_INNOVATION, builtIn.uri());
		ResourceSet resourceSet = ModelFiles.newResourceSet();
		List<Methodology> loaded = MethodologyRegistry.load(resourceSet, builtIn);
		assertEquals(List.of(MethodologyLibrary.outsideInnovation(resourceSet)), loaded, "the library's own instance");
	}

	@Test
	void aContributionBasedOnAnotherBringsBothTheChosenOneFirst() throws Exception {
		try (TemporaryContributions contributions = new TemporaryContributions().add(CORE, contribution("test-based",
				"id=\"test.based\" name=\"Based\" file=\"library/outside-innovation.outsidein\" basedOn=\"outside-innovation\""))) {
			InstalledMethodology based = MethodologyRegistry.find("test.based").orElseThrow();
			assertEquals("org.outsidein.core", based.bundle());
			assertEquals("platform:/plugin/org.outsidein.core/library/outside-innovation.outsidein", based.uri().toString());
			assertTrue(MethodologyRegistry.ids().startsWith("outside-innovation, "), MethodologyRegistry.ids());
			assertEquals(2, MethodologyRegistry.load(ModelFiles.newResourceSet(), based).size(), "itself, then its basis");
		}
	}

	@Test
	void aBadContributionIsReportedNamingItsBundleAndSkipped() {
		try (TemporaryContributions contributions = new TemporaryContributions().add(CORE,
				contribution("test-missing", "id=\"test.missing\" name=\"Missing\" file=\"library/none.outsidein\""),
				contribution("test-nameless", "id=\"test.nameless\" file=\"library/outside-innovation.outsidein\""),
				contribution("test-twice", "id=\"outside-innovation\" name=\"Again\" file=\"plugin.xml\""))) {
			List<String> problems = MethodologyRegistry.read().problems();
			assertTrue(problems.contains("org.outsidein.core: methodology ignored: the bundle holds no file"
					+ " 'library/none.outsidein' (is its folder listed in bin.includes of build.properties?)"), problems.toString());
			assertTrue(problems.contains("org.outsidein.core: methodology ignored: missing attribute 'name'"),
					problems.toString());
			assertTrue(problems.stream().anyMatch(p -> p.contains("a second methodology 'outside-innovation'")),
					problems.toString());
			assertEquals(List.of("outside-innovation"), MethodologyRegistry.all().stream().map(InstalledMethodology::id)
					.toList());
			assertEquals("Outside Innovation", MethodologyRegistry.all().get(0).name(), "the built-in one stays");
		}
	}

	@Test
	void aFileThatIsNoMethodologyOrAMissingBasisIsAnErrorNamingTheBundle() {
		try (TemporaryContributions contributions = new TemporaryContributions().add(CORE,
				contribution("test-xml", "id=\"test.xml\" name=\"Not one\" file=\"plugin.xml\""),
				contribution("test-orphan", "id=\"test.orphan\" name=\"Orphan\" file=\"library/outside-innovation.outsidein\""
						+ " basedOn=\"six-sigma\""))) {
			ResourceSet resourceSet = ModelFiles.newResourceSet();
			ContributionException notOne = assertThrows(ContributionException.class,
					() -> MethodologyRegistry.load(resourceSet, MethodologyRegistry.find("test.xml").orElseThrow()));
			assertTrue(notOne.getMessage().startsWith("the methodology 'test.xml' from org.outsidein.core cannot be read: "),
					notOne.getMessage());
			ContributionException orphan = assertThrows(ContributionException.class,
					() -> MethodologyRegistry.load(resourceSet, MethodologyRegistry.find("test.orphan").orElseThrow()));
			assertTrue(orphan.getMessage().contains("is based on 'six-sigma', which is not installed"), orphan.getMessage());
		}
	}
}
