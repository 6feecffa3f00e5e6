package org.outsidein.ui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outsidein.tests.support.ModelShape;
import org.outsidein.ui.editor.ModelEditor;
import org.outsidein.ui.markers.ModelMarkers;
import org.outsidein.ui.workbench.TestProject;
import org.outsidein.ui.workbench.Ui;

/** Model > Generate Report and Check Model, on a real display, the report read in the internal browser. */
class ReportWizardTest {

	private TestProject project;
	private ModelEditor editor;
	private IFile file;

	@BeforeEach
	void open() throws Exception {
		project = TestProject.named("Report test");
		file = project.add(ModelShape.TWO_ASSESSMENTS);
		editor = TestProject.open(file);
	}

	@AfterEach
	void close() throws Exception {
		project.close();
	}

	@Test
	void theWizardWritesTheReportsInTheBackgroundAndTheBrowserShowsIt() throws Exception {
		ReportWizard wizard = new ReportWizard(editor);
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		ReportWizardPage page = (ReportWizardPage) wizard.getPage("report");
		page.choose(List.of("html", "md"));
		assertTrue(wizard.canFinish());
		Ui.screenshot("report-wizard");
		assertTrue(wizard.performFinish());
		dialog.close();
		ReportJob job = (ReportJob) wizard.job();
		assertTrue(Ui.waitFor(() -> job.getResult() != null), "the job ends");
		assertTrue(job.getResult().isOK(), job.getResult().toString());
		Path folder = project.location().resolve("reports");
		assertTrue(Files.size(folder.resolve("two-assessments-report.html")) > 0);
		assertTrue(Files.size(folder.resolve("two-assessments-report.md")) > 0);
		assertTrue(project.project().getFolder("reports").getFile("two-assessments-report.html").exists(), "the workspace sees them");

		assertTrue(Ui.waitFor(() -> Ui.page().getActiveEditor() instanceof ReportBrowser), "the HTML report opens");
		ReportBrowser browser = (ReportBrowser) Ui.page().getActiveEditor();
		assertEquals("webkit", browser.browser().getBrowserType());
		assertTrue(Ui.waitFor(() -> String.valueOf(browser.browser().evaluate("return document.title"))
				.contains("customer-led innovation report")), "the page loads");
		Object charts = browser.browser().evaluate("return document.querySelectorAll('svg').length");
		assertTrue(((Number) charts).intValue() >= 4, "the charts are drawn: " + charts);
		Ui.pause(500);
		Ui.screenshot("report-in-browser");
	}

	@Test
	void checkModelListsTheFindingsNow() throws Exception {
		assertEquals(0, file.findMarkers(ModelMarkers.TYPE, false, IResource.DEPTH_ZERO).length);
		Ui.page().activate(editor);
		Ui.command("org.outsidein.ui.commands.checkModel");
		IMarker[] markers = file.findMarkers(ModelMarkers.TYPE, false, IResource.DEPTH_ZERO);
		assertTrue(markers.length > 0, "the shape has findings (overdue next steps, for one)");
		IEditorPart active = Ui.page().getActiveEditor();
		assertEquals(editor, active, "checking leaves the model in front");
	}
}
