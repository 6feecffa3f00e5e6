package org.outsidein.example.methodology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.cli.internal.CapturedRun;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.model.Community;
import org.outsidein.model.OutsideInModel;

/**
 * A concept defined in an .ecore file next to the model, with no plug-in: validate, report and diagram treat its
 * instances as the Outside-In class they extend.
 */
class NoJavaConceptsTest {

	private static final String MEETUPS_ECORE = """
			<?xml version="1.0" encoding="UTF-8"?>
			<ecore:EPackage xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
			    xmlns:ecore="http://www.eclipse.org/emf/2002/Ecore" name="meetups" nsURI="http://example.org/meetups/1.0" nsPrefix="meetups">
			  <eClassifiers xsi:type="ecore:EClass" name="MeetupCommunity" eSuperTypes="http://www.outsidein.org/model/1.0#//Community">
			    <eStructuralFeatures xsi:type="ecore:EAttribute" name="city" eType="ecore:EDataType http://www.eclipse.org/emf/2002/Ecore#//EString"/>
			  </eClassifiers>
			</ecore:EPackage>
			""";

	@TempDir
	Path folder;

	@Test
	void everyCommandReadsAModelWithADynamicConcept() throws Exception {
		Files.writeString(folder.resolve("meetups.ecore"), MEETUPS_ECORE);
		CapturedRun created = CapturedRun.run(folder, HackathonModel.TODAY, "new", "guild.outsidein");
		assertEquals(0, created.exitCode(), created.err());
		Path file = folder.resolve("guild.outsidein");
		OutsideInModel model = ModelFiles.load(file);
		EPackage meetups = model.eResource().getResourceSet().getPackageRegistry().getEPackage("http://example.org/meetups/1.0");
		EClass meetupCommunity = (EClass) meetups.getEClassifier("MeetupCommunity");
		EObject lyon = meetups.getEFactoryInstance().create(meetupCommunity);
		((Community) lyon).setName("Lyon makers");
		lyon.eSet(meetupCommunity.getEStructuralFeature("city"), "Lyon");
		model.getCommunities().add((Community) lyon);
		ModelFiles.save(model.eResource());

		CapturedRun validate = CapturedRun.run(folder, HackathonModel.TODAY, "validate", "guild.outsidein");
		assertTrue(validate.exitCode() <= 1, validate.out() + validate.err());
		assertTrue(validate.out().contains("Meetup community 'Lyon makers'"), "named by its own class: " + validate.out());
		CapturedRun report = CapturedRun.run(folder, HackathonModel.TODAY, "report", "guild.outsidein", "--format", "md",
				"--out", "reports");
		assertEquals(0, report.exitCode(), report.out() + report.err());
		assertTrue(Files.readString(folder.resolve("reports/guild-report.md")).contains("Lyon makers"));
		CapturedRun diagram = CapturedRun.run(folder, HackathonModel.TODAY, "diagram", "guild.outsidein", "--out", "e.svg");
		assertEquals(0, diagram.exitCode(), diagram.err());
		assertTrue(Files.readString(folder.resolve("e.svg")).contains(">Lyon makers<"));
	}
}
