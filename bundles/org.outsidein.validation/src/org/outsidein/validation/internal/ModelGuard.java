package org.outsidein.validation.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.eclipse.emf.ecore.resource.Resource;
import org.outsidein.model.OutsideInModel;

/**
 * Notices a rule changing what it checks and undoes the change, so that a careless or hostile rule never alters
 * the model the next rule sees, or the file the user saves next. Watches the model and every resource loaded with
 * it (the methodology library among them); resources loaded later, by resolving a reference, are not a change.
 */
public final class ModelGuard implements AutoCloseable {

	private final ChangeRecorder recorder;
	private final List<Object> watched;
	/** Set by the first real change: asking the recorder itself walks every watched object, too slow per rule. */
	private volatile boolean changed;

	private ModelGuard(List<Object> watched) {
		this.watched = watched;
		this.recorder = new ChangeRecorder(watched) {
			@Override
			public void notifyChanged(Notification notification) {
				if (!notification.isTouch()) {
					changed = true;
				}
				super.notifyChanged(notification);
			}
		};
	}

	public static ModelGuard over(OutsideInModel model) {
		Resource resource = model.eResource();
		List<Object> watched = new ArrayList<>();
		if (resource == null) {
			watched.add(model);
		} else if (resource.getResourceSet() == null) {
			watched.add(resource);
		} else {
			watched.addAll(resource.getResourceSet().getResources());
		}
		return new ModelGuard(watched);
	}

	/** Whether anything changed since the guard began or last undid; if so, the change is undone. */
	public boolean undoChanges() {
		if (!changed) {
			return false;
		}
		changed = false;
		if (isEmpty(recorder.summarize())) {
			return false;
		}
		ChangeDescription changes = recorder.endRecording();
		changes.apply();
		recorder.beginRecording(watched);
		changed = false;
		return true;
	}

	private static boolean isEmpty(ChangeDescription changes) {
		return changes.getObjectChanges().isEmpty() && changes.getResourceChanges().isEmpty()
				&& changes.getObjectsToAttach().isEmpty() && changes.getObjectsToDetach().isEmpty();
	}

	@Override
	public void close() {
		recorder.dispose();
	}
}
