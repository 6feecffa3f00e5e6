package org.outsidein.ui.interchange;

import java.nio.file.Path;

import org.eclipse.jface.wizard.WizardPage;

/** What every import page checks first: a model to import into, and the file (or files) to import named and there. */
final class ImportPageChecks {

	private ImportPageChecks() {
	}

	/**
	 * The problem, or null. While no file is named, the page shows {@code ask} as its prompt instead of an error.
	 *
	 * @param files the page's required file row, null while the page is being built
	 */
	static String modelAndFiles(WizardPage page, ModelChooser model, FileRow files, String ask) {
		page.setMessage(null);
		if (model.file() == null) {
			return ModelChooser.NO_MODEL;
		}
		if (files == null) {
			return null;
		}
		if (files.isBlank()) {
			page.setMessage(ask);
			return null;
		}
		Path missing = files.missing();
		return missing == null ? null : "There is no file " + missing;
	}

	/** Whether the page may finish: no problem, and the required files named. */
	static boolean complete(String problem, FileRow files) {
		return problem == null && files != null && !files.isBlank();
	}
}
