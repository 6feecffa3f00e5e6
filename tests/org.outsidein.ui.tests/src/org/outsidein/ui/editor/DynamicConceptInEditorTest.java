package org.outsidein.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outsidein.edit.ui.ItemPropertySourceProvider;
import org.outsidein.model.Community;
import org.outsidein.tests.support.MeetupConcept;
import org.outsidein.ui.workbench.TestProject;
import org.outsidein.ui.workbench.Ui;

/**
 * A methodology author's concept with no Java (an .ecore file next to the model): the model editor opens the model,
 * the Model page and the Properties view show the element with its own attributes, and an edit there is one command,
 * saved into the file.
 */
class DynamicConceptInEditorTest {

	private TestProject project;

	@BeforeEach
	void project() throws Exception {
		project = TestProject.named("Dynamic concept test");
	}

	@AfterEach
	void cleanUp() throws Exception {
		project.close();
	}

	private Path modelWithAMeetup() throws Exception {
		return MeetupConcept.modelWithAMeetup(project.location(), "guild.outsidein");
	}

	@Test
	void theModelPageAndThePropertiesViewShowAndEditItsOwnAttributes() throws Exception {
		IFile file = project.seen(modelWithAMeetup());
		ModelEditor editor = TestProject.open(file);
		Community lyon = editor.edited().model().getCommunities().get(0);
		assertEquals("MeetupCommunity", lyon.eClass().getName());

		editor.setActivePage("model");
		Ui.settle();
		Ui.screenshot("dynamic-concept-model-page");
		Ui.page().showView(IPageLayout.ID_PROP_SHEET);
		Ui.page().activate(editor);
		editor.showElement(lyon);
		// as the Properties view does when the element is selected: the editor's own property sheet page shows it
		editor.getAdapter(IPropertySheetPage.class).selectionChanged(editor, new StructuredSelection(lyon));
		Ui.settle();
		Ui.screenshot("dynamic-concept-properties");

		IPropertySource properties = new ItemPropertySourceProvider(editor.edited().adapterFactory()).getPropertySource(lyon);
		List<String> names = Arrays.stream(properties.getPropertyDescriptors()).map(IPropertyDescriptor::getDisplayName)
				.toList();
		assertTrue(names.contains("Name"), "inherited from Community: " + names);
		IPropertyDescriptor city = Arrays.stream(properties.getPropertyDescriptors())
				.filter(descriptor -> "City".equals(descriptor.getDisplayName())).findFirst()
				.orElseThrow(() -> new AssertionError("no City among " + names));
		assertEquals("Lyon", String.valueOf(properties.getPropertyValue(city.getId())));
		properties.setPropertyValue(city.getId(), "Lille");
		Ui.settle();
		assertTrue(editor.isDirty(), "the edit is a command on the editor's stack");
		Ui.command(IWorkbenchCommandConstants.FILE_SAVE);
		Ui.settle();
		String saved = Files.readString(file.getLocation().toPath());
		assertTrue(saved.contains("xsi:type=\"meetups:MeetupCommunity\""), saved);
		assertTrue(saved.contains("city=\"Lille\""), saved);
	}
}
