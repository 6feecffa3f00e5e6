package org.outsidein.core.resource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.tests.support.Examples;
import org.outsidein.model.Customer;
import org.outsidein.model.Identified;
import org.outsidein.model.OutsideInFactory;
import org.outsidein.model.OutsideInModel;

class SaveAndLoadTest {

	@TempDir
	Path folder;

	@Test
	void idsSurviveSaveAndLoad() throws Exception {
		Path file = copyOfExample();
		OutsideInModel model = ModelFiles.load(file);
		Map<String, String> before = idsByPath(model);
		ModelFiles.save(model.eResource());
		Map<String, String> after = idsByPath(ModelFiles.load(file));
		assertEquals(before, after);
		assertTrue(before.size() > 500, "the example has hundreds of elements: " + before.size());
	}

	/** Found by fuzzing: EMF writes a reference's URI bare, and a '&' in it made a file that no longer loaded. */
	@Test
	void aReferenceWhoseUriHoldsMarkupSavesAsAFileThatLoads() throws Exception {
		Path file = copyOfExample();
		String text = Files.readString(file);
		String uri = MethodologyLibrary.OUTSIDE_INNOVATION.toString();
		int at = text.indexOf("activity=\"" + uri);
		assertTrue(at > 0, "the example answers activities of the library");
		String odd = uri.replace("outside-innovation", "R&amp;D&amp;#0;");
		Files.writeString(file, text.substring(0, at) + "activity=\"" + odd + text.substring(at + "activity=\"".length() + uri.length()));
		OutsideInModel model = ModelFiles.load(file);
		List<String> before = activityUris(model);
		assertTrue(before.stream().anyMatch(reference -> reference.contains("R&D&#0;")), before.toString());
		ModelFiles.save(model.eResource());
		assertEquals(before, activityUris(ModelFiles.load(file)), "every reference reads back as it was");
	}

	@Test
	void savingTwiceWritesTheSameBytes() throws Exception {
		Path file = copyOfExample();
		OutsideInModel model = ModelFiles.load(file);
		ModelFiles.save(model.eResource());
		byte[] first = Files.readAllBytes(file);
		ModelFiles.save(ModelFiles.load(file).eResource());
		assertArrayEquals(first, Files.readAllBytes(file));
	}

	@Test
	void aRenameChangesOneLine() throws Exception {
		Path file = copyOfExample();
		OutsideInModel model = ModelFiles.load(file);
		ModelFiles.save(model.eResource());
		List<String> before = Files.readAllLines(file);
		model.getCustomers().get(20).setName("Renamed Customer");
		ModelFiles.save(model.eResource());
		List<String> after = Files.readAllLines(file);
		assertEquals(before.size(), after.size());
		List<Integer> changed = new ArrayList<>();
		for (int i = 0; i < before.size(); i++) {
			if (!before.get(i).equals(after.get(i))) {
				changed.add(i);
			}
		}
		assertEquals(1, changed.size(), "changed lines: " + changed);
		assertTrue(after.get(changed.get(0)).contains("name=\"Renamed Customer\""));
	}

	@Test
	void theMethodologyIsReferencedNotCopied() throws Exception {
		Path file = folder.resolve("fresh.outsidein");
		Resource resource = NewModels.create(ModelFiles.newResourceSet(), file, "Fresh");
		OutsideInModel model = (OutsideInModel) resource.getContents().get(0);
		Customer customer = OutsideInFactory.eINSTANCE.createCustomer();
		customer.setName("Ada");
		var assignment = OutsideInFactory.eINSTANCE.createRoleAssignment();
		assignment.setRole(MethodologyLibrary.role(model, MethodologyLibrary.GUIDES).orElseThrow());
		customer.getRoles().add(assignment);
		model.getCustomers().add(customer);
		ModelFiles.save(resource, file);

		String text = Files.readString(file);
		assertTrue(text.contains("role=\"platform:/plugin/org.outsidein.core/library/outside-innovation.outsidein#role-guides\""),
				text);
		assertFalse(text.contains("name=\"Guides\""), "the role itself is not in the user's file");
		OutsideInModel reloaded = ModelFiles.load(file);
		var role = reloaded.getCustomers().get(0).getRoles().get(0).getRole();
		assertFalse(role.eIsProxy());
		assertEquals("Guides", role.getName());
	}

	@Test
	void elementsWithoutIdsGetOneOnSave() throws Exception {
		Path file = folder.resolve("ids.outsidein");
		Resource resource = NewModels.create(ModelFiles.newResourceSet(), file, "Ids");
		OutsideInModel model = (OutsideInModel) resource.getContents().get(0);
		Customer customer = OutsideInFactory.eINSTANCE.createCustomer();
		model.getCustomers().add(customer);
		ModelFiles.save(resource, file);
		assertNotNull(customer.getId());
		String id = customer.getId();
		ModelFiles.save(resource, file);
		assertEquals(id, customer.getId(), "an id, once given, never changes");
		assertEquals(customer.getName(), ((OutsideInModel) ModelFiles.load(file)).getCustomers().get(0).getName());
	}

	@Test
	void aSaveKeepsThePreviousVersionAsBackup() throws Exception {
		Path file = copyOfExample();
		byte[] original = Files.readAllBytes(file);
		OutsideInModel model = ModelFiles.load(file);
		model.setName("Changed");
		ModelFiles.save(model.eResource());
		assertArrayEquals(original, Files.readAllBytes(ModelFiles.backupOf(file)));
		assertEquals("Changed", ModelFiles.load(file).getName());
		try (var files = Files.list(folder)) {
			assertEquals(2, files.count(), "the model and its backup, no temporary files");
		}
	}

	private static List<String> activityUris(OutsideInModel model) {
		List<String> uris = new ArrayList<>();
		model.getAssessments().forEach(assessment -> assessment.getAnswers()
				.forEach(answer -> uris.add(EcoreUtil.getURI(answer.getActivity()).toString())));
		return uris;
	}

	private Path copyOfExample() throws Exception {
		Path file = folder.resolve("cairnwood.outsidein");
		Files.copy(Examples.cairnwood(), file);
		return file;
	}

	/** Each element's id under its containment path, which does not depend on ids. */
	private static Map<String, String> idsByPath(OutsideInModel model) {
		Map<String, String> ids = new HashMap<>();
		for (Iterator<EObject> all = EcoreUtil.getAllContents(model, true); all.hasNext();) {
			EObject element = all.next();
			ids.put(path(element), ((Identified) element).getId());
		}
		return ids;
	}

	private static String path(EObject element) {
		if (element.eContainer() == null) {
			return "";
		}
		var feature = element.eContainmentFeature();
		int index = feature.isMany() ? ((List<?>) element.eContainer().eGet(feature)).indexOf(element) : 0;
		return path(element.eContainer()) + "/" + feature.getName() + "." + index;
	}
}
