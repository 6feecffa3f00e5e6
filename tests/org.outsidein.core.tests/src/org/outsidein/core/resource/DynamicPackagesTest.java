package org.outsidein.core.resource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.model.Community;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.tests.support.MeetupConcept;

/**
 * The path for methodology authors who write no Java: concepts of their own in an .ecore file next to the models,
 * instantiated, saved and read again with nothing installed.
 */
class DynamicPackagesTest {

	private static final String MEETUPS = MeetupConcept.NAMESPACE;

	@TempDir
	Path folder;

	private Path modelWithAMeetup() throws Exception {
		return MeetupConcept.modelWithAMeetup(folder, "guild.outsidein");
	}

	@Test
	void aClassOfAnEcoreFileNextToTheModelIsInstantiatedSavedAndReadAgain() throws Exception {
		Path file = modelWithAMeetup();
		String saved = Files.readString(file);
		assertTrue(saved.contains("xmlns:meetups=\"" + MEETUPS + "\""), saved);
		assertTrue(saved.contains("xsi:type=\"meetups:MeetupCommunity\""), saved);
		assertTrue(saved.contains("city=\"Lyon\" meetingsPerYear=\"6\""), saved);

		OutsideInModel model = ModelFiles.load(file);
		Community lyon = model.getCommunities().get(0);
		assertEquals("MeetupCommunity", lyon.eClass().getName());
		assertEquals("Lyon makers", lyon.getName(), "a Community to every part of Outside-In");
		assertEquals("Lyon", lyon.eGet(lyon.eClass().getEStructuralFeature("city")));
		assertEquals(6, lyon.eGet(lyon.eClass().getEStructuralFeature("meetingsPerYear")));
		ModelFiles.save(model.eResource());
		assertEquals(saved, Files.readString(file), "saved again as it was read");
	}

	@Test
	void withoutTheEcoreFileTheModelNamesThePackageAndIsLeftAsItIs() throws Exception {
		Path file = modelWithAMeetup();
		Files.move(folder.resolve("meetups.ecore"), folder.resolve("meetups.ecore.away"));
		byte[] before = Files.readAllBytes(file);
		ModelLoadException refused = assertThrows(ModelLoadException.class, () -> ModelFiles.load(file));
		assertTrue(refused.getProblem().startsWith("the model uses concepts of the package '" + MEETUPS + "'"),
				refused.getMessage());
		assertTrue(refused.getProblem().contains("or put its .ecore file next to the model"), refused.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file));
	}

	@Test
	void aBrokenOrImpostorEcoreFileChangesNothingForModelsThatDoNotNeedIt() throws Exception {
		Path file = folder.resolve("plain.outsidein");
		ModelFiles.save(NewModels.create(ModelFiles.newResourceSet(), file, "Plain"), file);
		Files.writeString(folder.resolve("broken.ecore"), "<ecore:EPackage this is not XML");
		Files.writeString(folder.resolve("doctype.ecore"), "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM"
				+ " \"file:///etc/passwd\">]><x>&e;</x>");
		Files.writeString(folder.resolve("impostor.ecore"), MeetupConcept.ECORE.replace(MEETUPS, OutsideInPackage.eNS_URI));

		ResourceSet resourceSet = ModelFiles.newResourceSet();
		OutsideInModel model = ModelFiles.load(resourceSet, file);
		assertEquals("Plain", model.getName());
		assertEquals(OutsideInPackage.eINSTANCE, model.eClass().getEPackage(), "an installed package is never replaced");
		List<EPackage> again = DynamicPackages.registerNextTo(resourceSet, file);
		assertTrue(again.isEmpty(), "each file is read once per resource set");
		assertFalse(resourceSet.getPackageRegistry().containsKey(OutsideInPackage.eNS_URI)
				&& resourceSet.getPackageRegistry().get(OutsideInPackage.eNS_URI) != OutsideInPackage.eINSTANCE);
	}
}
