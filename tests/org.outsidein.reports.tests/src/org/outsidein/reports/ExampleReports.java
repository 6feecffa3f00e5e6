package org.outsidein.reports;

import java.nio.file.Path;
import java.time.LocalDate;

import org.outsidein.core.resource.ModelFiles;
import org.outsidein.model.OutsideInModel;
import org.outsidein.validation.RuleProfile;
import org.outsidein.validation.ValidationService;
import org.outsidein.tests.support.Examples;

/** Report inputs for the shipped example, as of a fixed day. */
final class ExampleReports {

	static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);

	private ExampleReports() {
	}

	static Path exampleFile() {
		return Examples.cairnwood();
	}

	static OutsideInModel load() throws Exception {
		return ModelFiles.load(exampleFile());
	}

	static ReportInput input(OutsideInModel model) {
		return ReportInput.prepare(model, exampleFile(), AS_OF, null, ValidationService.fromExtensions(),
				RuleProfile.DEFAULTS);
	}
}
