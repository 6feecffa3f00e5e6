package org.outsidein.ui.markers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.custom.BusyIndicator;
import org.outsidein.model.OutsideInModel;
import org.outsidein.ui.editor.EditorInputs;
import org.outsidein.ui.editor.ModelEditor;
import org.outsidein.ui.preferences.OutsideInPreferences;
import org.outsidein.validation.Issue;
import org.outsidein.validation.ProfileException;
import org.outsidein.validation.RuleProfile;
import org.outsidein.validation.Severity;
import org.outsidein.validation.ValidationResult;
import org.outsidein.validation.ValidationService;
import org.outsidein.validation.format.ValidationReport;

/**
 * The validation rules' findings as problem markers on a model file, where the Problems view lists them;
 * opening a marker selects its element in the model editor.
 */
public final class ModelMarkers {

	public static final String TYPE = "org.outsidein.ui.problem";
	/** The id of the element a marker is about. */
	public static final String ELEMENT = "org.outsidein.element";
	public static final String RULE = "org.outsidein.rule";

	private ModelMarkers() {
	}

	/** After a save, when the preferences ask for it. */
	public static void validateAfterSave(ModelEditor editor) {
		if (OutsideInPreferences.validateOnSave()) {
			validate(editor);
		}
	}

	/** Runs every rule on the editor's model and replaces the file's markers with the findings. */
	public static ValidationResult validate(ModelEditor editor) {
		IFile file = EditorInputs.workspaceFileOf(editor.getEditorInput());
		OutsideInModel model = editor.edited().model();
		Path path = editor.edited().file();
		ValidationResult[] result = new ValidationResult[1];
		BusyIndicator.showWhile(editor.getSite().getShell().getDisplay(), () -> result[0] = run(model, path));
		if (file != null) {
			replaceMarkers(file, result[0]);
		}
		return result[0];
	}

	private static ValidationResult run(OutsideInModel model, Path path) {
		ValidationService service = ValidationService.fromExtensions();
		RuleProfile profile;
		try {
			profile = OutsideInPreferences.ruleProfile(path, service.rules());
		} catch (ProfileException e) {
			ILog.of(ModelMarkers.class).warn(e.getMessage() + "; every rule runs at its own severity");
			profile = RuleProfile.DEFAULTS;
		}
		LocalDate asOf = OutsideInPreferences.asOf();
		return service.validate(model, asOf, profile, path);
	}

	private static void replaceMarkers(IFile file, ValidationResult result) {
		ValidationReport lines = new ValidationReport(List.of(result), List.of(), Path::toString, "", Severity.ERROR);
		IWorkspaceRunnable update = monitor -> {
			file.deleteMarkers(TYPE, true, IResource.DEPTH_ZERO);
			for (Issue issue : result.issues()) {
				Map<String, Object> attributes = new HashMap<>();
				attributes.put(IMarker.MESSAGE, issue.message());
				attributes.put(IMarker.SEVERITY, severity(issue.severity()));
				attributes.put(IMarker.LOCATION, issue.elementPath().isEmpty() ? "model" : issue.elementPath());
				int line = lines.lineOf(result, issue);
				if (line > 0) {
					attributes.put(IMarker.LINE_NUMBER, line);
				}
				if (issue.targetUri() != null) {
					attributes.put(ELEMENT, issue.targetUri());
				}
				attributes.put(RULE, issue.ruleId());
				file.createMarker(TYPE, attributes);
			}
		};
		try {
			ResourcesPlugin.getWorkspace().run(update, file, 0, null);
		} catch (CoreException e) {
			ILog.of(ModelMarkers.class).error("Cannot record the model checks of " + file.getFullPath(), e);
		}
	}

	/** The element a marker is about, in the given resource, or null. */
	public static EObject elementOf(IMarker marker, Resource resource) {
		String id = marker.getAttribute(ELEMENT, null);
		return id == null ? null : resource.getEObject(id);
	}

	private static int severity(Severity severity) {
		return switch (severity) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		case INFO -> IMarker.SEVERITY_INFO;
		};
	}
}
