package org.outsidein.validation.internal;

import java.time.LocalDate;
import java.util.List;

import org.outsidein.model.OutsideInModel;
import org.outsidein.validation.Issue;
import org.outsidein.validation.RuleProfile;
import org.outsidein.validation.ValidationResult;
import org.outsidein.validation.ValidationService;

/** The day rule tests judge on, and one rule's findings (models are built with the shared test support). */
final class TestModels {

	static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

	private TestModels() {
	}

	/** The findings of one rule on the model. */
	static List<Issue> findings(OutsideInModel model, String ruleId) {
		ValidationService service = ValidationService.fromExtensions();
		ValidationResult result = service.validate(model, AS_OF, RuleProfile.DEFAULTS, null);
		return result.issues().stream().filter(issue -> issue.ruleId().equals(ruleId)).toList();
	}
}
