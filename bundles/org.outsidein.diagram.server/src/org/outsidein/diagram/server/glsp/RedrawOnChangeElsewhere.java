package org.outsidein.diagram.server.glsp;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.SetDirtyStateAction;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;

import com.google.inject.Inject;

/** Sends the tab the diagram as the model now stands, with the dirty state the shared stack now has. */
public class RedrawOnChangeElsewhere extends AbstractActionHandler<ModelChangedElsewhere> {

	@Inject
	private ModelSubmissionHandler submissionHandler;

	@Override
	protected List<Action> executeAction(ModelChangedElsewhere action) {
		return submissionHandler.submitModel(SetDirtyStateAction.Reason.OPERATION);
	}
}
