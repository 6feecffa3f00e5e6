package org.outsidein.reports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.outsidein.core.metrics.Assessments;
import org.outsidein.core.metrics.ModelStatistics;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.model.Assessment;
import org.outsidein.model.OutsideInModel;
import org.outsidein.reports.maturity.AssessmentComparison;
import org.outsidein.reports.maturity.Maturity;
import org.outsidein.reports.maturity.MaturityModel;
import org.outsidein.validation.RuleProfile;
import org.outsidein.validation.ValidationResult;
import org.outsidein.validation.ValidationService;

/**
 * Everything a report is made of, computed once for all formats.
 *
 * @param file       the model file, or null
 * @param comparison the latest assessment against an earlier one, or null when there is only one
 */
public record ReportInput(OutsideInModel model, Path file, LocalDate asOf, ModelStatistics statistics,
		Maturity maturity, AssessmentComparison comparison, ValidationResult validation) {

	/**
	 * Computes the input for a model: its metrics, the maturity of its latest assessment, the comparison
	 * with {@code compareWith} (or with the assessment before the latest, when null), and its validation.
	 */
	public static ReportInput prepare(OutsideInModel model, Path file, LocalDate asOf, Assessment compareWith,
			ValidationService validation, RuleProfile profile) {
		ModelStatistics statistics = ModelStatistics.of(model, asOf);
		Assessment latest = Assessments.latest(model);
		Maturity maturity = MaturityModel.assess(model, latest, statistics.engagement(), statistics.roles());
		Assessment earlier = compareWith != null ? compareWith : latest == null ? null : Assessments.previous(model, latest);
		AssessmentComparison comparison = null;
		if (earlier != null && earlier != latest) {
			Maturity before = MaturityModel.assess(model, earlier, statistics.engagement(), statistics.roles());
			comparison = AssessmentComparison.of(model, before, maturity, asOf);
		}
		// the rules need the engagement figures too: computed once, here
		ValidationResult findings = validation.validate(model, asOf, profile, file,
				Map.of(ValidationService.ENGAGEMENT, statistics.engagement()));
		return new ReportInput(model, file, asOf, statistics, maturity, comparison, findings);
	}

	/** "cairnwood-outdoor" for cairnwood-outdoor.outsidein: the stem of the files written. */
	public String baseName() {
		return file == null ? "report" : ModelFiles.baseName(file);
	}
}
