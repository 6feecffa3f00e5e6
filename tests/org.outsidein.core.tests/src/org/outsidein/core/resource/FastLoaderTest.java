package org.outsidein.core.resource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.outsidein.core.resource.LoadComparison.assertSameModel;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.model.RoleAssignment;
import org.outsidein.tests.support.Examples;
import org.outsidein.tests.support.LargeModels;
import org.outsidein.tests.support.ModelShape;

/**
 * The fast loader reads what EMF's own parser reads, and gives the same model: on the example, on every shape of
 * model, on a generated one of thousands of customers; saved again, the same bytes. What it does not understand
 * it leaves to EMF.
 */
class FastLoaderTest {

	private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
	private static final String MODEL = "<outsidein:OutsideInModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
			+ " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:outsidein=\"http://www.outsidein.org/model/1.0\""
			+ " id=\"m\" name=\"Model\">\n";
	private static final String END = "</outsidein:OutsideInModel>\n";

	@TempDir
	Path folder;

	@Test
	void theExampleLoadsFastAsEmfLoadsIt() throws Exception {
		assertSameModel(LoadComparison.emf(Examples.cairnwood()), LoadComparison.fast(Examples.cairnwood()));
	}

	@ParameterizedTest
	@EnumSource(ModelShape.class)
	void everyShapeLoadsFastAsEmfLoadsIt(ModelShape shape) throws Exception {
		Path file = shape.create(folder);
		assertSameModel(LoadComparison.emf(file), LoadComparison.fast(file));
	}

	@Test
	void aGeneratedModelLoadsFastAsEmfLoadsIt() throws Exception {
		Path file = LargeModels.generate(folder.resolve("generated.outsidein"), 3000);
		assertSameModel(LoadComparison.emf(file), LoadComparison.fast(file));
	}

	/** The classes and attributes the answers and outcome-survey imports brought, read through reflection alone. */
	@Test
	void aModelWithResponsesAndSegmentRatingsLoadsFastAsEmfLoadsIt() throws Exception {
		Path file = SurveyedModel.survey(ModelShape.TWO_ASSESSMENTS.create(folder));
		OutsideInResource fast = LoadComparison.fast(file);
		assertSameModel(LoadComparison.emf(file), fast);
		OutsideInModel model = (OutsideInModel) fast.getContents().get(0);
		assertFalse(model.getAssessments().get(0).getResponses().get(0).getAnswers().isEmpty(), "responses read");
		assertFalse(model.getOutcomes().get(0).getSegmentRatings().isEmpty(), "segment ratings read");
		assertTrue(SurveyedModel.hasExternalIds(model), "external ids read");
		Path methodology = SurveyedModel.methodologyOf(file);
		assertSameModel(LoadComparison.emf(methodology), LoadComparison.fast(methodology));
	}

	@Test
	void libraryReferencesStayProxiesAndResolveAsBefore() throws Exception {
		OutsideInModel model = (OutsideInModel) LoadComparison.fast(Examples.cairnwood()).getContents().get(0);
		RoleAssignment first = model.getCustomers().get(0).getRoles().get(0);
		EObject proxy = (EObject) first.eGet(OutsideInPackage.Literals.ROLE_ASSIGNMENT__ROLE, false);
		assertTrue(proxy.eIsProxy(), "not resolved by loading");
		EObject role = first.getRole();
		assertFalse(role.eIsProxy());
		assertEquals("platform:/plugin/org.outsidein.core/library/outside-innovation.outsidein",
				role.eResource().getURI().toString());
		assertEquals(EcoreUtil.getURI(proxy), EcoreUtil.getURI(role), "resolved to what the proxy named");
	}

	@Test
	void savingAFastLoadedModelWritesWhatEmfWrites() throws Exception {
		Path fastCopy = Files.copy(Examples.cairnwood(), folder.resolve("fast.outsidein"));
		Path emfCopy = Files.copy(Examples.cairnwood(), folder.resolve("emf.outsidein"));
		OutsideInResource fast = LoadComparison.fast(fastCopy);
		ModelFiles.save(fast);
		ModelFiles.save(LoadComparison.emf(emfCopy));
		assertArrayEquals(Files.readAllBytes(emfCopy), Files.readAllBytes(fastCopy));
		assertSameModel(fast, LoadComparison.fast(fastCopy));
	}

	@Test
	void readsAnXsiTypeNamingOneOfTheModelsClasses() throws Exception {
		Path file = write("typed.outsidein", MODEL + "  <organisation xsi:type=\"outsidein:Organisation\" id=\"o\"/>\n"
				+ "  <customers id=\"c\" name=\"Ada\" kind=\"Group\" groupSize=\"12\"/>\n" + END);
		assertSameModel(LoadComparison.emf(file), LoadComparison.fast(file));
	}

	@Test
	void sharesOneProxyPerLibraryElement() throws Exception {
		Path file = write("shared.outsidein", MODEL + "  <customers id=\"c\">\n" + role("r1") + role("r2") + "  </customers>\n"
				+ END);
		OutsideInModel model = (OutsideInModel) LoadComparison.fast(file).getContents().get(0);
		RoleAssignment first = model.getCustomers().get(0).getRoles().get(0);
		RoleAssignment second = model.getCustomers().get(0).getRoles().get(1);
		EObject proxy = (EObject) first.eGet(OutsideInPackage.Literals.ROLE_ASSIGNMENT__ROLE, false);
		assertSame(proxy, second.eGet(OutsideInPackage.Literals.ROLE_ASSIGNMENT__ROLE, false));
		EObject role = first.getRole();
		assertTrue(proxy.eIsProxy(), "resolving one reference leaves the shared proxy as it was");
		assertSame(proxy, second.eGet(OutsideInPackage.Literals.ROLE_ASSIGNMENT__ROLE, false));
		assertSame(role, second.getRole());
	}

	@ParameterizedTest
	@ValueSource(strings = { "<customers id=\"c\" shoeSize=\"44\"/>", "<customers id=\"c\" segment=\"nowhere\"/>",
			"<customers id=\"c\"/><customers id=\"c\"/>", "<customers id=\"c\" kind=\"Robot\"/>",
			"<organisation xsi:type=\"other:Organisation\" xmlns:other=\"http://example.com/other\" id=\"o\"/>",
			"<customers id=\"c\" xmi:id=\"x\"/>", "<customer id=\"c\"/>", "<customers id=\"c\">text</customers>",
			"<?pi data?>", "<customers id=\"c\" segment=\"//@segments.0\"/><segments id=\"s\"/>" })
	void leavesWhatItDoesNotUnderstandToEmf(String content) throws Exception {
		Path file = write("odd.outsidein", MODEL + "  " + content + "\n" + END);
		OutsideInResource resource = (OutsideInResource) loadOrNull(file);
		if (resource != null) {
			assertFalse(resource.fastLoadOutcome().loaded(), "refused: " + content);
		}
	}

	@Test
	void leavesADoctypeToEmf() throws Exception {
		Path file = write("doctype.outsidein", HEADER + "<!DOCTYPE m>\n" + MODEL.substring(HEADER.length()) + END);
		OutsideInResource resource = new OutsideInResource(org.eclipse.emf.common.util.URI.createFileURI(file.toString()));
		ModelFiles.newResourceSet().getResources().add(resource);
		try {
			resource.load(file, resource.getResourceSet().getLoadOptions());
		} catch (java.io.IOException expected) {
			// EMF's parser refuses it too
		}
		assertFalse(resource.fastLoadOutcome().loaded());
		assertTrue(resource.fastLoadOutcome().refusal().contains("DOCTYPE"), resource.fastLoadOutcome().refusal());
	}

	private static String role(String id) {
		return "    <roles id=\"" + id + "\" role=\"platform:/plugin/org.outsidein.core/library/outside-innovation.outsidein"
				+ "#role-guides\"/>\n";
	}

	private static org.eclipse.emf.ecore.resource.Resource loadOrNull(Path file) {
		try {
			return ModelFiles.loadResource(ModelFiles.newResourceSet(), file);
		} catch (ModelLoadException refused) {
			return null;
		}
	}

	private Path write(String name, String content) throws Exception {
		return Files.writeString(folder.resolve(name), content.startsWith(HEADER) ? content : HEADER + content,
				StandardCharsets.UTF_8);
	}
}
