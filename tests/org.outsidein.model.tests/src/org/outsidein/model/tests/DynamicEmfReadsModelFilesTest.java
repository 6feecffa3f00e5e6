package org.outsidein.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.datatype.XMLGregorianCalendar;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.tests.support.Examples;

/**
 * Any EMF tool that has only the .ecore file (dynamic EMF, none of our code) reads and writes model files:
 * dates are XML Schema dates, which EMF knows without us.
 */
class DynamicEmfReadsModelFilesTest {

	private static final Pattern DATE_ATTRIBUTE = Pattern.compile(" (since|date|deadline|deliveryDate|observedOn)=\"([^\"]+)\"");

	@Test
	void theExampleLoadsAndSavesWithTheEcoreAlone() throws Exception {
		ResourceSet tool = new ResourceSetImpl();
		tool.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		tool.getResourceFactoryRegistry().getExtensionToFactoryMap().put("outsidein", new XMIResourceFactoryImpl());
		EPackage dynamic = (EPackage) tool
				.getResource(URI.createURI("platform:/plugin/org.outsidein.model/model/outsidein.ecore"), true)
				.getContents().get(0);
		assertNotSame(OutsideInPackage.eINSTANCE, dynamic);
		tool.getPackageRegistry().put(dynamic.getNsURI(), dynamic);

		Resource model = tool.getResource(URI.createFileURI(Examples.cairnwood().toString()), true);
		assertTrue(model.getErrors().isEmpty(), model.getErrors().toString());
		EObject root = model.getContents().get(0);
		assertFalse(root instanceof OutsideInModel, "a dynamic object, not our generated class");

		List<String> dates = new ArrayList<>();
		for (Iterator<EObject> all = model.getAllContents(); all.hasNext();) {
			EObject element = all.next();
			Object since = element.eClass().getEStructuralFeature("since") == null ? null
					: element.eGet(element.eClass().getEStructuralFeature("since"));
			if (since != null) {
				assertTrue(since instanceof XMLGregorianCalendar, since.getClass().getName());
				dates.add(since.toString());
			}
		}
		assertFalse(dates.isEmpty(), "the example has role assignments with a date");

		ByteArrayOutputStream saved = new ByteArrayOutputStream();
		model.save(saved, null);
		assertEquals(datesIn(Files.readString(Examples.cairnwood(), StandardCharsets.UTF_8)),
				datesIn(saved.toString(StandardCharsets.UTF_8)), "every date is written back as it was read");
	}

	private static List<String> datesIn(String file) {
		List<String> dates = new ArrayList<>();
		Matcher matcher = DATE_ATTRIBUTE.matcher(file);
		while (matcher.find()) {
			dates.add(matcher.group(1) + "=" + matcher.group(2));
		}
		return dates;
	}
}
