package org.outsidein.interchange.export;

import java.nio.file.Path;
import java.util.List;

import org.outsidein.model.OutsideInModel;

/**
 * Runs one export format so that the output folder never holds half an export: the format writes into a staging
 * folder, and its files are moved into the output folder only when all of them are written. When the format fails,
 * the output folder is as it was (an earlier export's files included).
 */
public final class Exporter {

	private Exporter() {
	}

	/** Writes the model in the format; returns the files now in {@code folder}. */
	public static List<Path> export(ExportFormat format, OutsideInModel model, Path folder, String baseName)
			throws Exception {
		try (StagingFolder staging = new StagingFolder(folder, baseName)) {
			format.write(model, baseName, staging.path());
			return staging.publish();
		}
	}
}
