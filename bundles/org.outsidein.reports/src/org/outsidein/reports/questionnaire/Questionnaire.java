package org.outsidein.reports.questionnaire;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.core.questionnaire.AnswersFormat;
import org.outsidein.model.Activity;
import org.outsidein.model.ActivityContainer;
import org.outsidein.model.Department;
import org.outsidein.model.OutsideInModel;
import org.outsidein.reports.ReportFiles;
import org.outsidein.reports.html.HtmlReport;

/**
 * The self-assessment as a questionnaire many people answer: one HTML file, complete in itself (no network, it works
 * opened from a folder or an e-mail attachment), listing every activity of the model's methodology by step and by
 * role. The respondent's answers are saved from the page as a small JSON file (docs/questionnaires.md says its
 * form), which {@code outsidein answers import} reads back.
 */
public final class Questionnaire {

	private Questionnaire() {
	}

	/** Writes {@code <model>-questionnaire.html} into the folder (made if missing) and returns it. */
	public static Path write(OutsideInModel model, String baseName, LocalDate written, Path folder) throws IOException {
		Files.createDirectories(folder);
		Path file = folder.resolve(baseName + "-questionnaire.html");
		ReportFiles.writeText(file, HtmlReport.render("questionnaire.ftlh", view(model, written)));
		return file;
	}

	static Map<String, Object> view(OutsideInModel model, LocalDate written) {
		Map<String, Object> view = new LinkedHashMap<>();
		String organisation = model.getOrganisation() != null && model.getOrganisation().getName() != null
				? model.getOrganisation().getName()
				: ElementLabels.name(model);
		view.put("organisation", organisation);
		view.put("model", model.getId() == null ? "" : model.getId());
		view.put("modelName", ElementLabels.name(model));
		view.put("written", written.toString());
		view.put("format", AnswersFormat.NAME);
		view.put("version", AnswersFormat.VERSION);
		view.put("choices", AnswersFormat.CHOICES);
		List<String> departments = new ArrayList<>();
		if (model.getOrganisation() != null) {
			for (Department department : model.getOrganisation().getDepartments()) {
				departments.add(ElementLabels.name(department));
			}
		}
		view.put("departments", departments);
		List<Map<String, Object>> areas = new ArrayList<>();
		MethodologyLibrary.stepsOf(model).forEach(step -> areas.add(area("Step", step)));
		MethodologyLibrary.rolesOf(model).forEach(role -> areas.add(area("Role", role)));
		view.put("areas", areas);
		return view;
	}

	private static Map<String, Object> area(String kind, ActivityContainer container) {
		List<Map<String, Object>> activities = new ArrayList<>();
		for (Activity activity : container.getActivities()) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("uri", EcoreUtil.getURI(activity).toString());
			row.put("name", ElementLabels.name(activity));
			row.put("description", activity.getDescription() == null ? "" : activity.getDescription());
			activities.add(row);
		}
		Map<String, Object> area = new LinkedHashMap<>();
		area.put("kind", kind);
		area.put("name", ElementLabels.name(container));
		area.put("activities", activities);
		return area;
	}
}
