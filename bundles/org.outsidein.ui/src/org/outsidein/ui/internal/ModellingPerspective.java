package org.outsidein.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The one perspective for now: the editor area, where models will open. */
public class ModellingPerspective implements IPerspectiveFactory {

	public static final String ID = "org.outsidein.ui.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
	}
}
