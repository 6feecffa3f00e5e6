package org.outsidein.ui.reports;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.Wizard;
import org.outsidein.reports.GeneratorDescriptor;
import org.outsidein.reports.ReportService;
import org.outsidein.ui.editor.ModelEditor;

/**
 * Generate Report: the formats (every generator contributed, the methodology author's included), the output
 * folder and the day to report on; the reports are written by a background job with a progress bar, and the
 * HTML report opens in the workbench's browser.
 */
public class ReportWizard extends Wizard {

	private final ModelEditor editor;
	private final ReportService reports = ReportService.fromExtensions();
	private ReportWizardPage page;
	private ReportJob job;

	public ReportWizard(ModelEditor editor) {
		this.editor = editor;
		setWindowTitle("Generate Report");
	}

	@Override
	public void addPages() {
		Path model = editor.edited().file();
		page = new ReportWizardPage(reports.generators(), model.resolveSibling("reports"));
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		List<GeneratorDescriptor> chosen = page.chosen();
		job = new ReportJob(editor, reports, chosen, page.folder(), page.asOf());
		job.setUser(true);
		job.schedule();
		return true;
	}

	/** The job the last finish started, for whoever opened the wizard. */
	public Job job() {
		return job;
	}
}
