package org.outsidein.edit.ui;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;

/**
 * A JFace content provider over EMF.Edit item providers: what the generated item providers say are an
 * element's children is what a tree or table shows. It listens to the adapter factory and refreshes the
 * viewer when the model changes, coalescing the changes of one command into one refresh.
 */
public class ItemContentProvider implements ITreeContentProvider, INotifyChangedListener {

	private static final Object[] NONE = new Object[0];
	/** The most children shown directly under one element; more are shown in runs of this many. */
	public static final int RUN = 1000;

	protected final AdapterFactory adapterFactory;
	private StructuredViewer viewer;
	private final Set<Object> changed = new LinkedHashSet<>();
	private boolean refreshAll;
	private boolean scheduled;

	public ItemContentProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.addListener(this);
		}
	}

	@Override
	public Object[] getElements(Object input) {
		if (input instanceof ResourceSet resourceSet) {
			return resourceSet.getResources().toArray();
		}
		if (input instanceof Resource resource) {
			return resource.getContents().toArray();
		}
		if (input instanceof Collection<?> collection) {
			return collection.toArray();
		}
		Object provider = adapterFactory.adapt(input, IStructuredItemContentProvider.class);
		return provider instanceof IStructuredItemContentProvider items ? items.getElements(input).toArray() : NONE;
	}

	@Override
	public Object[] getChildren(Object element) {
		if (element instanceof ChildRange range) {
			return range.elements();
		}
		Object[] children = itemChildren(element);
		if (children.length <= RUN) {
			return children;
		}
		Object[] runs = new Object[(children.length + RUN - 1) / RUN];
		for (int i = 0; i < runs.length; i++) {
			runs[i] = new ChildRange(element, i * RUN, Math.min(children.length, (i + 1) * RUN), children);
		}
		return runs;
	}

	private Object[] itemChildren(Object element) {
		Object provider = adapterFactory.adapt(element, ITreeItemContentProvider.class);
		return provider instanceof ITreeItemContentProvider tree ? tree.getChildren(element).toArray() : NONE;
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof ChildRange range) {
			return range.parent();
		}
		Object provider = adapterFactory.adapt(element, ITreeItemContentProvider.class);
		Object parent = provider instanceof ITreeItemContentProvider tree ? tree.getParent(element) : null;
		if (parent == null) {
			return null;
		}
		// An element among very many siblings sits in a run: that is its parent in the tree.
		Object[] siblings = itemChildren(parent);
		if (siblings.length <= RUN) {
			return parent;
		}
		int index = Arrays.asList(siblings).indexOf(element);
		int from = index < 0 ? 0 : index / RUN * RUN;
		return new ChildRange(parent, from, Math.min(siblings.length, from + RUN), siblings);
	}

	@Override
	public boolean hasChildren(Object element) {
		if (element instanceof ChildRange) {
			return true;
		}
		Object provider = adapterFactory.adapt(element, ITreeItemContentProvider.class);
		return provider instanceof ITreeItemContentProvider tree && tree.hasChildren(element);
	}

	@Override
	public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
		viewer = newViewer instanceof StructuredViewer structured ? structured : null;
	}

	@Override
	public void notifyChanged(Notification notification) {
		Control control = viewer == null ? null : viewer.getControl();
		if (control == null || control.isDisposed()) {
			return;
		}
		synchronized (changed) {
			Object element = notification instanceof IViewerNotification viewerNotification ? viewerNotification.getElement()
					: notification.getNotifier();
			if (element == null) {
				refreshAll = true;
			} else {
				changed.add(element);
			}
			if (scheduled) {
				return;
			}
			scheduled = true;
		}
		// One refresh for all the notifications of a command, on the UI thread, after the command is done.
		control.getDisplay().asyncExec(this::refresh);
	}

	private void refresh() {
		Object[] elements;
		boolean all;
		synchronized (changed) {
			elements = changed.toArray();
			all = refreshAll;
			changed.clear();
			refreshAll = false;
			scheduled = false;
		}
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		if (all || elements.length > 200) {
			viewer.refresh();
			return;
		}
		for (Object element : elements) {
			viewer.refresh(element, true);
		}
	}

	@Override
	public void dispose() {
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.removeListener(this);
		}
		viewer = null;
	}
}
