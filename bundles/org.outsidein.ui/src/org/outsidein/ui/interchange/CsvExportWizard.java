package org.outsidein.ui.interchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.outsidein.interchange.CsvExport;
import org.outsidein.model.OutsideInModel;

/** File > Export > Outside-In > Customers and employees as CSV. */
public class CsvExportWizard extends ExportFromModelWizard {

	public CsvExportWizard() {
		super("Export to CSV", "Export to CSV files",
				"The model's customers and employees, one file each, in the columns the import reads.");
	}

	@Override
	List<Path> write(OutsideInModel model, Path folder, String baseName) throws IOException {
		return CsvExport.write(model, folder, baseName);
	}
}
