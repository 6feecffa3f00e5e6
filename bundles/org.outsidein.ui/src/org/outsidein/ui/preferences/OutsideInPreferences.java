package org.outsidein.ui.preferences;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.outsidein.validation.ProfileException;
import org.outsidein.validation.RuleDescriptor;
import org.outsidein.validation.RuleProfile;

/** The workbench's settings for models: validation on save, the rule profile, report formats, the "as of" day. */
public final class OutsideInPreferences {

	public static final String QUALIFIER = "org.outsidein.ui";
	public static final String VALIDATE_ON_SAVE = "validateOnSave";
	/** A rule profile file used for every model; empty: the .outsidein-rules next to each model, if any. */
	public static final String RULE_PROFILE = "ruleProfile";
	public static final String REPORT_FORMATS = "reportFormats";
	/** Empty: judge models as of today; else a fixed day (YYYY-MM-DD), as a team reviewing an old state would. */
	public static final String AS_OF = "asOf";

	private static ScopedPreferenceStore store;

	private OutsideInPreferences() {
	}

	public static synchronized IPreferenceStore store() {
		if (store == null) {
			store = new ScopedPreferenceStore(InstanceScope.INSTANCE, QUALIFIER);
			store.setDefault(VALIDATE_ON_SAVE, true);
			store.setDefault(RULE_PROFILE, "");
			store.setDefault(REPORT_FORMATS, "html");
			store.setDefault(AS_OF, "");
		}
		return store;
	}

	public static boolean validateOnSave() {
		return store().getBoolean(VALIDATE_ON_SAVE);
	}

	/** The profile set in the preferences, else the one next to the model, else every rule as declared. */
	public static RuleProfile ruleProfile(Path model, Collection<RuleDescriptor> rules) throws ProfileException {
		String given = store().getString(RULE_PROFILE);
		return RuleProfile.forModel(given.isBlank() ? null : Path.of(given), model, rules);
	}

	public static LocalDate asOf() {
		String day = store().getString(AS_OF);
		try {
			return day.isBlank() ? LocalDate.now() : LocalDate.parse(day.strip());
		} catch (DateTimeParseException e) {
			return LocalDate.now();
		}
	}

	public static String reportFormats() {
		return store().getString(REPORT_FORMATS);
	}
}
