package org.outsidein.ui.interchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Predicate;

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
 * Runs an import in the workbench. Into a model open in an editor it is one command on that editor's stack (Undo
 * takes the whole import back) and the editor is left to save; into a model not open, the file is loaded, imported
 * and saved atomically, as the command line does.
 */
public final class ModelImport {

	private ModelImport() {
	}

	/** An import that edits a model directly and says what it did. */
	@FunctionalInterface
	public interface Edit<R> {
		R applyTo(OutsideInModel model) throws IOException;
	}

	/** What to import: the CSV file, what its rows are, how its columns are named, and whether a bad row stops all. */
	public record Request(Path csv, RecordKind kind, Path mapping, boolean allOrNothing) {
	}

	public static ImportResult into(ModelEditor editor, Request request) throws IOException {
		return into(editor, "Import " + request.kind().word() + " from " + request.csv().getFileName(), csv(request),
				ImportResult::changedModel);
	}

	public static ImportResult into(Path modelFile, Request request) throws IOException {
		return into(modelFile, csv(request), ImportResult::changedModel);
	}

	/** Runs the edit on the editor's model, recorded, and puts it on the editor's command stack when it changed it. */
	public static <R> R into(ModelEditor editor, String label, Edit<R> edit, Predicate<R> changed) throws IOException {
		OutsideInModel model = editor.edited().model();
		ChangeRecorder recorder = new ChangeRecorder(model);
		R result;
		ChangeDescription reverse;
		try {
			result = edit.applyTo(model);
			reverse = recorder.endRecording();
		} catch (IOException | RuntimeException e) {
			// nothing half-done stays: what was changed before the failure is taken back
			recorder.endRecording().apply();
			throw e;
		} finally {
			recorder.dispose();
		}
		if (changed.test(result)) {
			editor.edited().commandStack().execute(new RecordedChange(label, reverse));
		}
		return result;
	}

	/** Loads the model file, runs the edit, and saves the file atomically when the edit changed the model. */
	public static <R> R into(Path modelFile, Edit<R> edit, Predicate<R> changed) throws IOException {
		OutsideInModel model = ModelFiles.load(modelFile);
		R result = edit.applyTo(model);
		if (changed.test(result)) {
			ModelFiles.save(model.eResource(), modelFile);
		}
		return result;
	}

	static Edit<ImportResult> csv(Request request) throws IOException {
		ColumnMapping mapping = request.mapping() == null ? ColumnMapping.none() : ColumnMapping.read(request.mapping());
		return model -> CsvImport.run(model, CsvTable.read(request.csv()), request.kind(), mapping, request.allOrNothing());
	}
}
