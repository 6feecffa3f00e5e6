package org.outsidein.ui.markers;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.LabelProviderChangedEvent;
import org.eclipse.swt.graphics.Image;
import org.outsidein.edit.ui.ItemLabelProvider;

/** Item labels for the model's trees, icons overlaid with the worst finding on or inside each element. */
public class ProblemLabelProvider extends ItemLabelProvider {

	private final ProblemDecorations problems;
	private final LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources());
	private final Runnable changed = () -> fireLabelProviderChanged(new LabelProviderChangedEvent(this));

	public ProblemLabelProvider(AdapterFactory adapterFactory, ProblemDecorations problems) {
		super(adapterFactory);
		this.problems = problems;
		problems.addListener(changed);
	}

	@Override
	public Image getImage(Object element) {
		Image base = super.getImage(element);
		ImageDescriptor overlay = ProblemDecorations.overlay(problems.severityWithin(element));
		if (base == null || overlay == null) {
			return base;
		}
		return images.createImage(new DecorationOverlayIcon(base, overlay, IDecoration.BOTTOM_LEFT));
	}

	@Override
	public void dispose() {
		problems.removeListener(changed);
		images.dispose();
		super.dispose();
	}
}
