package org.outsidein.diagram.server.glsp;

import java.io.IOException;

import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.outsidein.diagram.server.DiagramSession;

import com.google.inject.Inject;

/** The model is loaded once, by whoever opened the session; the client's save writes it (and the layout) to disk. */
public class SessionModelStorage implements SourceModelStorage {

	@Inject
	private DiagramSession session;

	@Override
	public void loadSourceModel(RequestModelAction action) {
		// Already in memory: the session holds the loaded model, shared with its other editors.
	}

	@Override
	public void saveSourceModel(SaveModelAction action) {
		try {
			session.save();
		} catch (IOException e) {
			throw new GLSPServerException("Could not save " + session.modelFile() + ": " + e.getMessage(), e);
		}
	}
}
