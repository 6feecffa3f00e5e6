package org.outsidein.ui.preferences;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.FileFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window > Preferences > Outside-In. */
public class OutsideInPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public OutsideInPreferencePage() {
		super(GRID);
		setPreferenceStore(OutsideInPreferences.store());
		setDescription("How models are checked and reported in the workbench. The command line reads its own options.");
	}

	@Override
	public void init(IWorkbench workbench) {
		// nothing to prepare
	}

	@Override
	protected void createFieldEditors() {
		addField(new BooleanFieldEditor(OutsideInPreferences.VALIDATE_ON_SAVE, "&Check the model when it is saved",
				getFieldEditorParent()));
		FileFieldEditor profile = new FileFieldEditor(OutsideInPreferences.RULE_PROFILE, "Rule &profile:",
				getFieldEditorParent());
		profile.setFileExtensions(new String[] { "*", ".outsidein-rules" });
		profile.setEmptyStringAllowed(true);
		addField(profile);
		addField(new StringFieldEditor(OutsideInPreferences.REPORT_FORMATS, "Default report &formats:",
				getFieldEditorParent()));
		addField(new StringFieldEditor(OutsideInPreferences.AS_OF, "Judge models &as of (YYYY-MM-DD, empty for today):",
				getFieldEditorParent()) {
			@Override
			protected boolean doCheckState() {
				String text = getStringValue().strip();
				try {
					if (!text.isEmpty()) {
						LocalDate.parse(text);
					}
					return true;
				} catch (DateTimeParseException e) {
					setErrorMessage("'" + text + "' is not a date as YYYY-MM-DD");
					return false;
				}
			}
		});
	}
}
