package org.outsidein.ui.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.tests.support.ModelShape;
import org.outsidein.ui.editor.ModelEditor;
import org.outsidein.ui.markers.ModelMarkers;
import org.outsidein.ui.workbench.TestProject;
import org.outsidein.ui.workbench.Ui;

/** Window > Preferences > Outside-In steers the checks the workbench runs: on save or not, which rules, as of when. */
class PreferencesTest {

	private static final String OVERDUE = "outsidein.next-step-overdue";

	private TestProject project;
	private IFile file;
	private ModelEditor editor;

	@BeforeEach
	void open() throws Exception {
		project = TestProject.named("Preferences test");
		file = project.add(ModelShape.TWO_ASSESSMENTS);
		editor = TestProject.open(file);
	}

	@AfterEach
	void close() throws Exception {
		IPreferenceStore store = OutsideInPreferences.store();
		for (String key : new String[] { OutsideInPreferences.VALIDATE_ON_SAVE, OutsideInPreferences.RULE_PROFILE,
				OutsideInPreferences.AS_OF }) {
			store.setToDefault(key);
		}
		project.close();
	}

	@Test
	void thePageIsInThePreferencesDialog() {
		assertTrue(Arrays.stream(PlatformUI.getWorkbench().getPreferenceManager().getRootSubNodes())
				.anyMatch(node -> node.getId().equals("org.outsidein.ui.preferences")));
	}

	@Test
	void validateOnSaveCanBeSwitchedOff() throws Exception {
		OutsideInPreferences.store().setValue(OutsideInPreferences.VALIDATE_ON_SAVE, false);
		touchAndSave();
		assertEquals(0, markers(null), "no checks on save");
		OutsideInPreferences.store().setValue(OutsideInPreferences.VALIDATE_ON_SAVE, true);
		touchAndSave();
		assertTrue(markers(null) > 0, "checks on save again");
	}

	@Test
	void theAsOfDayAndTheRuleProfileDecideWhatIsFound() throws Exception {
		Ui.command("org.outsidein.ui.commands.checkModel");
		assertTrue(markers(OVERDUE) > 0, "the shape's next steps are overdue today");

		OutsideInPreferences.store().setValue(OutsideInPreferences.AS_OF, "2020-01-01");
		Ui.command("org.outsidein.ui.commands.checkModel");
		assertEquals(0, markers(OVERDUE), "nothing was overdue in 2020");

		OutsideInPreferences.store().setToDefault(OutsideInPreferences.AS_OF);
		var profile = Files.writeString(project.location().resolve("team.outsidein-rules"), OVERDUE + " = off\n");
		OutsideInPreferences.store().setValue(OutsideInPreferences.RULE_PROFILE, profile.toString());
		Ui.command("org.outsidein.ui.commands.checkModel");
		assertEquals(0, markers(OVERDUE), "the profile switches the rule off");
		assertTrue(markers(null) > 0, "and only that rule");
	}

	private void touchAndSave() throws Exception {
		Ui.page().activate(editor);
		editor.edited().commandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(editor.getEditingDomain(),
				editor.edited().model(), OutsideInPackage.Literals.NAMED__NAME, editor.edited().model().getName() + "."));
		Ui.settle();
		Ui.command(IWorkbenchCommandConstants.FILE_SAVE);
	}

	/** The file's problem markers of the rule, or of every rule for null. */
	private long markers(String rule) throws Exception {
		IMarker[] all = file.findMarkers(ModelMarkers.TYPE, false, IResource.DEPTH_ZERO);
		return Arrays.stream(all).filter(m -> rule == null || rule.equals(m.getAttribute(ModelMarkers.RULE, ""))).count();
	}
}
