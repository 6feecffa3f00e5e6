package org.outsidein.ui.interchange;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.outsidein.interchange.ImportResult;
import org.outsidein.interchange.RowProblem;

/** File > Import > Outside-In > Customers or employees from CSV. */
public class CsvImportWizard extends ImportIntoModelWizard<ImportResult, CsvImportPage> {

	static final String TITLE = "Import from CSV";
	private static final int PROBLEMS_SHOWN = 15;

	public CsvImportWizard() {
		super(TITLE);
	}

	@Override
	CsvImportPage createPage(IFile chosen) {
		return new CsvImportPage(chosen);
	}

	@Override
	String label() {
		ModelImport.Request request = page().request();
		return "Import " + request.kind().word() + " from " + request.csv().getFileName();
	}

	@Override
	ModelImport.Edit<ImportResult> edit() throws IOException {
		return ModelImport.csv(page().request());
	}

	@Override
	boolean changedModel(ImportResult result) {
		return result.changedModel();
	}

	@Override
	boolean complete(ImportResult result) {
		return result.problems().isEmpty();
	}

	@Override
	String summary(ImportResult result) {
		StringBuilder text = new StringBuilder();
		text.append(result.rows()).append(" rows read: ").append(result.added()).append(" ").append(result.kind().word())
				.append(" added, ").append(result.updated()).append(" updated, ").append(result.unchanged())
				.append(" unchanged.");
		if (!result.created().isEmpty()) {
			text.append("\nCreated: ").append(String.join(", ", result.created())).append('.');
		}
		if (!result.applied()) {
			text.append("\nNothing was imported: all or nothing, and some rows are bad.");
		}
		List<RowProblem> problems = result.problems();
		if (!problems.isEmpty()) {
			text.append("\n\n").append(problems.size()).append(problems.size() == 1 ? " row" : " rows")
					.append(" could not be imported:");
			Problems.append(text, problems, PROBLEMS_SHOWN);
		}
		return text.toString();
	}
}
