package org.outsidein.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.model.ActivityContainer;
import org.outsidein.model.CustomerRole;
import org.outsidein.model.Identified;
import org.outsidein.model.InnovationStep;
import org.outsidein.model.Methodology;

class MethodologyLibraryTest {

	private final ResourceSet resourceSet = ModelFiles.newResourceSet();
	private final Methodology methodology = MethodologyLibrary.outsideInnovation(resourceSet);

	@Test
	void hasTheFiveRoles() {
		List<String> names = methodology.getRoles().stream().map(CustomerRole::getName).collect(Collectors.toList());
		assertEquals(List.of("Lead Customers", "Contributors", "Consultants", "Guides", "Promoters"), names);
		List<String> ids = methodology.getRoles().stream().map(CustomerRole::getId).collect(Collectors.toList());
		assertEquals(MethodologyLibrary.STANDARD_ROLES, ids);
		methodology.getRoles().forEach(role -> assertTrue(MethodologyLibrary.isStandardRole(role), role.getName()));
	}

	@Test
	void hasTheFiveStepsInTheBooksOrder() {
		List<InnovationStep> steps = methodology.getSteps();
		assertEquals(5, steps.size());
		assertEquals("Identify and study lead customers", steps.get(0).getName());
		assertEquals("Provide customers with tools to reach their desired outcomes", steps.get(1).getName());
		assertEquals("Nurture customer communities", steps.get(2).getName());
		assertEquals("Empower customers to strut their stuff", steps.get(3).getName());
		assertEquals("Open up products for peer production", steps.get(4).getName());
		for (int i = 0; i < steps.size(); i++) {
			assertEquals(i + 1, steps.get(i).getNumber(), steps.get(i).getName());
		}
	}

	@Test
	void everyRoleAndStepHasDescribedActivities() {
		for (ActivityContainer container : List.<ActivityContainer>copyOf(methodology.getRoles())) {
			assertFalse(container.getActivities().isEmpty(), container.getName());
		}
		for (ActivityContainer container : List.<ActivityContainer>copyOf(methodology.getSteps())) {
			assertFalse(container.getActivities().isEmpty(), container.getName());
		}
		methodology.getRoles().forEach(role -> role.getActivities()
				.forEach(activity -> assertFalse(activity.getDescription().isBlank(), activity.getName())));
	}

	@Test
	void everyElementHasAUniqueStableId() {
		Set<String> ids = new HashSet<>();
		for (TreeIterator<EObject> all = methodology.eResource().getAllContents(); all.hasNext();) {
			String id = ((Identified) all.next()).getId();
			assertTrue(id != null && !id.isBlank());
			assertTrue(ids.add(id), "duplicate id " + id);
		}
		assertEquals(1 + 5 + 5 + 36 + 1 + 5, ids.size(), "methodology, roles, steps, activities, scoring, levels");
	}

	@Test
	void loadsFromTheBundleUnderItsPlatformUri() {
		assertEquals(MethodologyLibrary.OUTSIDE_INNOVATION, methodology.eResource().getURI());
		assertEquals(methodology, MethodologyLibrary.outsideInnovation(resourceSet), "loaded once per resource set");
	}
}
