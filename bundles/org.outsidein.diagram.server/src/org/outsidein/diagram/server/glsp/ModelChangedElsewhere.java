package org.outsidein.diagram.server.glsp;

import org.eclipse.glsp.server.actions.Action;

/**
 * Server-internal: the shared command stack moved without this browser tab's doing (another tab, or the workbench's
 * form pages), so its diagram is out of date. Queued on the tab's own dispatcher thread, never sent to the client.
 */
public class ModelChangedElsewhere extends Action {

	public static final String KIND = "outsideinModelChangedElsewhere";

	public ModelChangedElsewhere() {
		super(KIND);
	}
}
