package org.outsidein.interchange.export;

import java.nio.file.Path;
import java.util.List;

import org.outsidein.model.OutsideInModel;

/**
 * Runs export formats so that the output folder never holds half an export: the formats write into one staging
 * folder, and their files are moved into the output folder only when every format has written all of its files. When
 * a format fails, the output folder is as it was (an earlier export's files included).
 */
public final class Exporter {

	private Exporter() {
	}

	/** Writes the model in the format; returns the files now in {@code folder}. */
	public static List<Path> export(ExportFormat format, OutsideInModel model, Path folder, String baseName)
			throws Exception {
		return export(List.of(format), model, folder, baseName);
	}

	/** Writes the model in each format, all or nothing; returns the files now in {@code folder}, in name order. */
	public static List<Path> export(List<ExportFormat> formats, OutsideInModel model, Path folder, String baseName)
			throws Exception {
		try (StagingFolder staging = new StagingFolder(folder, baseName)) {
			for (ExportFormat format : formats) {
				format.write(model, baseName, staging.path());
			}
			return staging.publish();
		}
	}
}
