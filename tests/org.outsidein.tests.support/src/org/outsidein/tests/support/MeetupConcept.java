package org.outsidein.tests.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.core.resource.ModelLoadException;
import org.outsidein.core.resource.NewModels;
import org.outsidein.model.Community;
import org.outsidein.model.OutsideInModel;

/**
 * A methodology author's concept with no Java: {@code meetups.ecore} next to the model, whose MeetupCommunity extends
 * Outside-In's Community, and a model holding one ("Lyon makers", in Lyon, six meetings a year).
 */
public final class MeetupConcept {

	public static final String NAMESPACE = "http://example.org/meetups/1.0";

	/** As an author writes it by hand (or with any Ecore editor): a class extending Outside-In's Community. */
	public static final String ECORE = """
			<?xml version="1.0" encoding="UTF-8"?>
			<ecore:EPackage xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
			    xmlns:ecore="http://www.eclipse.org/emf/2002/Ecore" name="meetups" nsURI="http://example.org/meetups/1.0" nsPrefix="meetups">
			  <eClassifiers xsi:type="ecore:EClass" name="MeetupCommunity" eSuperTypes="http://www.outsidein.org/model/1.0#//Community">
			    <eStructuralFeatures xsi:type="ecore:EAttribute" name="city" eType="ecore:EDataType http://www.eclipse.org/emf/2002/Ecore#//EString"/>
			    <eStructuralFeatures xsi:type="ecore:EAttribute" name="meetingsPerYear" eType="ecore:EDataType http://www.eclipse.org/emf/2002/Ecore#//EInt"/>
			  </eClassifiers>
			</ecore:EPackage>
			""";

	private MeetupConcept() {
	}

	/** Writes meetups.ecore and a new model holding one meetup community into the folder; returns the model file. */
	public static Path modelWithAMeetup(Path folder, String fileName) throws IOException, ModelLoadException {
		Files.writeString(folder.resolve("meetups.ecore"), ECORE);
		Path file = folder.resolve(fileName);
		ModelFiles.save(NewModels.create(ModelFiles.newResourceSet(), file, "Guild"), file);
		OutsideInModel model = ModelFiles.load(file);
		EPackage meetups = model.eResource().getResourceSet().getPackageRegistry().getEPackage(NAMESPACE);
		EClass meetupCommunity = (EClass) meetups.getEClassifier("MeetupCommunity");
		EObject lyon = meetups.getEFactoryInstance().create(meetupCommunity);
		((Community) lyon).setName("Lyon makers");
		lyon.eSet(meetupCommunity.getEStructuralFeature("city"), "Lyon");
		lyon.eSet(meetupCommunity.getEStructuralFeature("meetingsPerYear"), 6);
		model.getCommunities().add((Community) lyon);
		ModelFiles.save(model.eResource());
		return file;
	}
}
