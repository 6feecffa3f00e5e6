package org.outsidein.core.library;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.model.Methodology;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.Scoring;

/**
 * The scoring numbers that apply to a model: the rules of thumb, the answer points, the weights and the
 * maturity levels. They are data of the methodology, so that a methodology author changes them without code.
 */
public final class MethodologyScoring {

	private MethodologyScoring() {
	}

	/**
	 * The scoring of the first of the model's methodologies that has one; else that of the built-in Outside
	 * Innovation methodology, which every methodology without its own is scored as.
	 */
	public static Scoring of(OutsideInModel model) {
		for (Methodology methodology : model.getMethodologies()) {
			if (!methodology.eIsProxy() && methodology.getScoring() != null) {
				return methodology.getScoring();
			}
		}
		return MethodologyLibrary.outsideInnovation(resourceSetOf(model)).getScoring();
	}

	private static ResourceSet resourceSetOf(OutsideInModel model) {
		Resource resource = model.eResource();
		return resource != null && resource.getResourceSet() != null ? resource.getResourceSet()
				: ModelFiles.newResourceSet();
	}
}
