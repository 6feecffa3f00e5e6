package org.outsidein.core.library;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.outsidein.model.CustomerRole;
import org.outsidein.model.InnovationStep;
import org.outsidein.model.Methodology;
import org.outsidein.model.OutsideInModel;

/**
 * The built-in Outside Innovation methodology: the five customer roles, the five steps in the book's order,
 * and their activities. It ships inside this bundle as a model; user models refer to its elements by URI
 * and never copy them.
 */
public final class MethodologyLibrary {

	/** Where user models find the methodology, in and out of an OSGi runtime alike. */
	public static final URI OUTSIDE_INNOVATION = URI
			.createURI("platform:/plugin/org.outsidein.core/library/outside-innovation.outsidein");

	private static final String ENTRY = "/library/outside-innovation.outsidein";

	/** The ids of the five standard roles in the library. */
	public static final String LEAD_CUSTOMERS = "role-lead-customers";
	public static final String CONTRIBUTORS = "role-contributors";
	public static final String CONSULTANTS = "role-consultants";
	public static final String GUIDES = "role-guides";
	public static final String PROMOTERS = "role-promoters";

	public static final List<String> STANDARD_ROLES = List.of(LEAD_CUSTOMERS, CONTRIBUTORS, CONSULTANTS, GUIDES,
			PROMOTERS);

	private MethodologyLibrary() {
	}

	/**
	 * Maps the library's URI to the file inside this bundle. In an OSGi runtime {@code platform:/plugin}
	 * resolves anyway; the mapping makes plain-Java use (benchmarks, tools) work the same.
	 */
	public static void register(ResourceSet resourceSet) {
		URL entry = MethodologyLibrary.class.getResource(ENTRY);
		if (entry == null) {
			throw new IllegalStateException("The methodology library " + ENTRY + " is missing from org.outsidein.core");
		}
		resourceSet.getURIConverter().getURIMap().put(OUTSIDE_INNOVATION, URI.createURI(entry.toString()));
	}

	/** The built-in methodology, loaded into the given resource set (once). */
	public static Methodology outsideInnovation(ResourceSet resourceSet) {
		Resource resource = resourceSet.getResource(OUTSIDE_INNOVATION, true);
		return (Methodology) resource.getContents().get(0);
	}

	/** Whether a role is one of the five the built-in methodology defines. */
	public static boolean isStandardRole(CustomerRole role) {
		return role.eResource() != null && OUTSIDE_INNOVATION.equals(role.eResource().getURI())
				&& STANDARD_ROLES.contains(role.getId());
	}

	/** Every role of every methodology the model uses, in methodology order, without duplicates. */
	public static List<CustomerRole> rolesOf(OutsideInModel model) {
		Map<CustomerRole, Boolean> roles = new LinkedHashMap<>();
		for (Methodology methodology : model.getMethodologies()) {
			methodology.getRoles().forEach(role -> roles.put(role, Boolean.TRUE));
		}
		return new ArrayList<>(roles.keySet());
	}

	/** Every step of every methodology the model uses, in methodology order. */
	public static List<InnovationStep> stepsOf(OutsideInModel model) {
		List<InnovationStep> steps = new ArrayList<>();
		for (Methodology methodology : model.getMethodologies()) {
			steps.addAll(methodology.getSteps());
		}
		return steps;
	}

	public static Optional<CustomerRole> role(OutsideInModel model, String id) {
		return rolesOf(model).stream().filter(role -> id.equals(role.getId())).findFirst();
	}
}
