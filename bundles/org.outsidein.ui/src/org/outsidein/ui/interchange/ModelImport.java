package org.outsidein.ui.interchange;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.interchange.ColumnMapping;
import org.outsidein.interchange.CsvImport;
import org.outsidein.interchange.ImportResult;
import org.outsidein.interchange.RecordKind;
import org.outsidein.interchange.csv.CsvTable;
import org.outsidein.model.OutsideInModel;
import org.outsidein.ui.editor.ModelEditor;

/**
 * Runs a CSV import in the workbench. Into a model open in an editor it is one command on that editor's stack (Undo
 * takes the whole import back) and the editor is left to save; into a model not open, the file is loaded, imported
 * and saved atomically, as the command line does.
 */
public final class ModelImport {

	private ModelImport() {
	}

	/** What to import: the CSV file, what its rows are, how its columns are named, and whether a bad row stops all. */
	public record Request(Path csv, RecordKind kind, Path mapping, boolean allOrNothing) {
	}

	public static ImportResult into(ModelEditor editor, Request request) throws IOException {
		CsvTable table = CsvTable.read(request.csv());
		ColumnMapping mapping = mapping(request);
		OutsideInModel model = editor.edited().model();
		ChangeRecorder recorder = new ChangeRecorder(model);
		ImportResult result;
		ChangeDescription reverse;
		try {
			result = CsvImport.run(model, table, request.kind(), mapping, request.allOrNothing());
			reverse = recorder.endRecording();
		} catch (IOException | RuntimeException e) {
			// nothing half-done stays: what was changed before the failure is taken back
			recorder.endRecording().apply();
			throw e;
		} finally {
			recorder.dispose();
		}
		if (result.changedModel()) {
			editor.edited().commandStack().execute(new RecordedChange(
					"Import " + request.kind().word() + " from " + request.csv().getFileName(), reverse));
		}
		return result;
	}

	public static ImportResult into(Path modelFile, Request request) throws IOException {
		OutsideInModel model = ModelFiles.load(modelFile);
		ImportResult result = CsvImport.run(model, CsvTable.read(request.csv()), request.kind(), mapping(request),
				request.allOrNothing());
		if (result.changedModel()) {
			ModelFiles.save(model.eResource(), modelFile);
		}
		return result;
	}

	private static ColumnMapping mapping(Request request) throws IOException {
		return request.mapping() == null ? ColumnMapping.none() : ColumnMapping.read(request.mapping());
	}
}
