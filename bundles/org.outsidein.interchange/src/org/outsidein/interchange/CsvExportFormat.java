package org.outsidein.interchange;

import java.nio.file.Path;

import org.outsidein.interchange.export.ExportFormat;
import org.outsidein.model.OutsideInModel;

/** {@code --format csv}: customers and employees as the import reads them ({@link CsvExport}). */
public class CsvExportFormat implements ExportFormat {

	@Override
	public void write(OutsideInModel model, String baseName, Path folder) throws Exception {
		CsvExport.write(model, folder, baseName);
	}
}
