package org.outsidein.ui.interchange;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.outsidein.model.OutsideInModel;
import org.outsidein.reports.questionnaire.Questionnaire;

/**
 * File > Export > Outside-In > Questionnaire to send: the self-assessment as one offline HTML page whose respondents
 * save their answers as files, imported back with File > Import > Questionnaire answers.
 */
public class QuestionnaireExportWizard extends ExportFromModelWizard {

	public QuestionnaireExportWizard() {
		super("Write a questionnaire", "Write the self-assessment questionnaire",
				"One HTML page to send to everyone who should answer; it works offline, and saves each person's answers as a file.");
	}

	@Override
	List<Path> write(OutsideInModel model, Path folder, String baseName) throws IOException {
		return List.of(Questionnaire.write(model, baseName, LocalDate.now(), folder));
	}
}
