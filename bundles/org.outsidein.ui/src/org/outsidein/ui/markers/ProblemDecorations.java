package org.outsidein.ui.markers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.outsidein.ui.editor.EditorInputs;
import org.outsidein.ui.editor.ModelEditor;

/**
 * The problem markers of an editor's file, by element, for its viewers to decorate: an element with a finding of
 * its own, and in trees every element that contains one (as the Project Explorer decorates folders). Follows the
 * markers as the checks rewrite them.
 */
public final class ProblemDecorations implements IResourceChangeListener {

	/** No finding at all. */
	public static final int NONE = -1;

	private final ModelEditor editor;
	private final ListenerList<Runnable> listeners = new ListenerList<>();
	private Map<EObject, Integer> own = Map.of();
	private Map<EObject, Integer> within = Map.of();
	private Map<EObject, List<String>> messages = Map.of();

	public ProblemDecorations(ModelEditor editor) {
		this.editor = editor;
		read();
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
	}

	/** The worst severity (an {@link IMarker} severity) of the element's own findings, or {@link #NONE}. */
	public int severity(Object element) {
		return element == null ? NONE : own.getOrDefault(element, NONE);
	}

	/** The worst severity of the findings on the element or anything it contains, or {@link #NONE}. */
	public int severityWithin(Object element) {
		return element == null ? NONE : within.getOrDefault(element, NONE);
	}

	/** What the checks say about the element itself, one message a line; null when nothing. */
	public String messages(Object element) {
		List<String> list = element == null ? null : messages.get(element);
		return list == null ? null : String.join("\n", list);
	}

	/** Runs on the display thread whenever the findings change. */
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	/**
	 * Refreshes the viewer's labels whenever the findings change, for as long as its control lives; its first
	 * column's tooltips show the messages.
	 */
	public void relabel(ColumnViewer viewer) {
		Runnable refresh = () -> {
			if (!viewer.getControl().isDisposed()) {
				viewer.refresh();
			}
		};
		addListener(refresh);
		viewer.getControl().addDisposeListener(event -> removeListener(refresh));
		ColumnViewerToolTipSupport.enableFor(viewer);
	}

	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
		listeners.clear();
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		IFile file = EditorInputs.workspaceFileOf(editor.getEditorInput());
		if (file == null) {
			return;
		}
		for (IMarkerDelta delta : event.findMarkerDeltas(ModelMarkers.TYPE, false)) {
			if (file.equals(delta.getResource())) {
				Display display = PlatformUI.getWorkbench().getDisplay();
				display.asyncExec(this::changed);
				return;
			}
		}
	}

	private void changed() {
		if (editor.edited() == null) {
			return;
		}
		read();
		for (Runnable listener : listeners) {
			listener.run();
		}
	}

	private void read() {
		Map<EObject, Integer> ownNow = new HashMap<>();
		Map<EObject, Integer> withinNow = new HashMap<>();
		Map<EObject, List<String>> messagesNow = new HashMap<>();
		for (IMarker marker : markers()) {
			EObject element = ModelMarkers.elementOf(marker, editor.edited().resource());
			if (element == null) {
				continue;
			}
			int severity = marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO);
			ownNow.merge(element, severity, Math::max);
			messagesNow.computeIfAbsent(element, e -> new ArrayList<>()).add(marker.getAttribute(IMarker.MESSAGE, ""));
			for (EObject container = element; container != null; container = container.eContainer()) {
				withinNow.merge(container, severity, Math::max);
			}
		}
		own = ownNow;
		within = withinNow;
		messages = messagesNow;
	}

	private IMarker[] markers() {
		IFile file = EditorInputs.workspaceFileOf(editor.getEditorInput());
		if (file == null || !file.exists()) {
			return new IMarker[0];
		}
		try {
			return file.findMarkers(ModelMarkers.TYPE, false, IResource.DEPTH_ZERO);
		} catch (CoreException e) {
			return new IMarker[0];
		}
	}

	/** The Problems view's own icon for a severity; null for {@link #NONE}. */
	public static Image icon(int severity) {
		String key = switch (severity) {
		case IMarker.SEVERITY_ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
		case IMarker.SEVERITY_WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
		case IMarker.SEVERITY_INFO -> ISharedImages.IMG_OBJS_INFO_TSK;
		default -> null;
		};
		return key == null ? null : PlatformUI.getWorkbench().getSharedImages().getImage(key);
	}

	/** The small overlay for an icon: errors and warnings only, as the Project Explorer does; null otherwise. */
	public static ImageDescriptor overlay(int severity) {
		String key = switch (severity) {
		case IMarker.SEVERITY_ERROR -> ISharedImages.IMG_DEC_FIELD_ERROR;
		case IMarker.SEVERITY_WARNING -> ISharedImages.IMG_DEC_FIELD_WARNING;
		default -> null;
		};
		return key == null ? null : PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(key);
	}
}
