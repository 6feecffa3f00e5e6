package org.outsidein.diagram.server.glsp;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.features.directediting.ValidationStatus;

/** Checked while the user types a new name in place: the editor shows the message and refuses an empty name. */
public class NameValidator implements LabelEditValidator {

	@Override
	public ValidationStatus validate(String label, GModelElement element) {
		return label == null || label.isBlank() ? ValidationStatus.error("A name cannot be empty") : ValidationStatus.ok();
	}
}
