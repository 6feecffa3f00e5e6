package org.outsidein.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The main window: its title and first size. */
public class OutsideInWindowAdvisor extends WorkbenchWindowAdvisor {

	public static final String TITLE = "Outside-In";

	public OutsideInWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setTitle(TITLE);
		configurer.setInitialSize(new Point(1200, 800));
		configurer.setShowStatusLine(true);
		configurer.setShowCoolBar(false);
	}
}
