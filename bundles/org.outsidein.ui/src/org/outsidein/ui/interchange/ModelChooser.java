package org.outsidein.ui.interchange;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** A wizard row choosing one of the workspace's model files, the chosen one first. */
final class ModelChooser {

	private final List<IFile> files = ModelFilesInWorkspace.all();
	private final Combo combo;

	ModelChooser(Composite parent, IFile chosen, Runnable changed) {
		new Label(parent, SWT.NONE).setText("&Model:");
		combo = new Combo(parent, SWT.READ_ONLY);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		for (IFile file : files) {
			combo.add(file.getFullPath().toString());
		}
		if (chosen != null && files.contains(chosen)) {
			combo.select(files.indexOf(chosen));
		} else if (!files.isEmpty()) {
			combo.select(0);
		}
		combo.addListener(SWT.Selection, event -> changed.run());
	}

	/** The chosen model, or null when the workspace holds none. */
	IFile file() {
		int index = combo.getSelectionIndex();
		return index < 0 ? null : files.get(index);
	}

	/** Chooses a model as a user picking it from the list would. */
	void choose(IFile file) {
		combo.select(files.indexOf(file));
		combo.notifyListeners(SWT.Selection, null);
	}
}
