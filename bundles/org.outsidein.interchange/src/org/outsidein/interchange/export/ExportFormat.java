package org.outsidein.interchange.export;

import java.nio.file.Path;

import org.outsidein.model.OutsideInModel;

/**
 * One format of {@code outsidein export}, contributed through {@code org.outsidein.interchange.formats}. It writes
 * its files into a folder of its own that nobody else sees; {@link Exporter} moves them into the user's folder
 * only once every file is written, so a failing format never leaves half its files behind.
 */
public interface ExportFormat {

	/**
	 * Writes the model's files into {@code folder}, each named from {@code baseName} (the model file's stem), and
	 * nothing else there.
	 */
	void write(OutsideInModel model, String baseName, Path folder) throws Exception;
}
