package org.outsidein.ui.editor;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outsidein.tests.support.ModelShape;
import org.outsidein.ui.workbench.TestProject;
import org.outsidein.ui.workbench.Ui;

/**
 * A role a methodology adds (Ambassadors, from a methodology file beside the model) appears in the workbench with no
 * code of its own: among the roles a customer can be given, and among the areas of the self-assessment.
 */
class AddedRoleInEditorTest {

	private static final String ADDED_ROLE = "Ambassadors";

	private TestProject project;

	@BeforeEach
	void project() throws Exception {
		project = TestProject.named("Added role test");
	}

	@AfterEach
	void cleanUp() throws Exception {
		project.close();
	}

	@Test
	void theCustomersAndAssessmentPagesOfferTheAddedRole() throws Exception {
		IFile file = project.add(ModelShape.EXTRA_ROLE);
		ModelEditor editor = TestProject.open(file);

		editor.showElement(editor.edited().model().getCustomers().get(0));
		Ui.settle();
		Ui.screenshot("added-role-customers");
		assertNotNull(Ui.find(page(editor), control -> control instanceof Combo combo
				&& List.of(combo.getItems()).contains(ADDED_ROLE)), "a customer can be given the added role");

		editor.setActivePage("assessment");
		Ui.settle();
		Ui.screenshot("added-role-assessment");
		assertNotNull(Ui.find(page(editor), control -> itemTexts(control).anyMatch(ADDED_ROLE::equals)),
				"the self-assessment lists the added role's activities");
	}

	private static Composite page(ModelEditor editor) {
		return (Composite) editor.getActivePageInstance().getPartControl();
	}

	private static Stream<String> itemTexts(Control control) {
		if (control instanceof Tree tree) {
			return Arrays.stream(tree.getItems()).map(item -> item.getText(0));
		}
		if (control instanceof Table table) {
			return Arrays.stream(table.getItems()).map(item -> item.getText(0));
		}
		return Stream.empty();
	}
}
