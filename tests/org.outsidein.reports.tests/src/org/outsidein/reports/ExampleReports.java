package org.outsidein.reports;

import java.nio.file.Path;
import java.time.LocalDate;

import org.outsidein.core.resource.ModelFiles;
import org.outsidein.model.OutsideInModel;
import org.outsidein.validation.RuleProfile;
import org.outsidein.validation.ValidationService;

/** Report inputs for the shipped example, as of a fixed day. */
final class ExampleReports {

	static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);

	private ExampleReports() {
	}

	static Path exampleFile() {
		return Path.of(System.getProperty("outsidein.examples", "../../examples"), "cairnwood-outdoor.outsidein")
				.toAbsolutePath().normalize();
	}

	static OutsideInModel load() throws Exception {
		return ModelFiles.load(exampleFile());
	}

	static ReportInput input(OutsideInModel model) {
		return ReportInput.prepare(model, exampleFile(), AS_OF, null, ValidationService.fromExtensions(),
				RuleProfile.DEFAULTS);
	}
}
