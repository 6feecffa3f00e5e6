package org.outsidein.interchange.tables;

import org.eclipse.emf.ecore.EObject;

/**
 * The activity an answer is about, with the step or role it belongs to. The reference is kept as it is written even
 * when it leads to something that is not an activity: validation says what is wrong with it.
 */
record Activities(EObject activity) {

	String id() {
		return Cells.id(activity);
	}

	String name() {
		return Cells.name(activity);
	}

	String areaId() {
		return Cells.id(area(activity));
	}

	String area() {
		return Cells.name(area(activity));
	}

	private static EObject area(EObject activity) {
		return activity == null || activity.eIsProxy() ? null : activity.eContainer();
	}
}
