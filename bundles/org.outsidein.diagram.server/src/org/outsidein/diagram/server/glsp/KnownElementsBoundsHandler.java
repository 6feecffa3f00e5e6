package org.outsidein.diagram.server.glsp;

import java.util.List;
import java.util.function.Function;

import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ComputedBoundsAction;
import org.eclipse.glsp.server.features.core.model.ComputedBoundsActionHandler;

/**
 * Bounds the client measured, applied only to elements the server knows. The 2.3 client also reports its own
 * decorations (the findings' badges, which exist only on the client, under random ids) when an SVG export measures
 * the diagram, and GLSP's handler then rejects the whole report (eclipse-glsp/glsp#1588, fixed in clients after
 * 2.3): the badges' entries are dropped, the rest applies.
 */
public class KnownElementsBoundsHandler extends ComputedBoundsActionHandler {

	@Override
	public List<Action> executeAction(ComputedBoundsAction action) {
		action.setBounds(known(action.getBounds(), bounds -> bounds.getElementId()));
		action.setAlignments(known(action.getAlignments(), alignment -> alignment.getElementId()));
		action.setRoutes(known(action.getRoutes(), route -> route.getElementId()));
		return super.executeAction(action);
	}

	private <T> List<T> known(List<T> entries, Function<T, String> idOf) {
		return entries == null ? null
				: entries.stream().filter(entry -> modelState.getIndex().get(idOf.apply(entry)).isPresent()).toList();
	}
}
