package org.outsidein.core.resource;

import java.util.Iterator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.outsidein.model.Identified;

/** Stable ids: assigned once, when an element is first saved, and never changed afterwards. */
public final class Ids {

	private Ids() {
	}

	/** Gives every element of the resource that has no id yet a fresh UUID; returns how many it gave. */
	public static int assignMissing(Resource resource) {
		int assigned = 0;
		for (Iterator<EObject> contents = resource.getAllContents(); contents.hasNext();) {
			EObject element = contents.next();
			if (element instanceof Identified identified && isBlank(identified.getId())) {
				identified.setId(EcoreUtil.generateUUID());
				assigned++;
			}
		}
		return assigned;
	}

	private static boolean isBlank(String id) {
		return id == null || id.isBlank();
	}
}
