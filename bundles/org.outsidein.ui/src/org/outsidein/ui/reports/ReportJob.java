package org.outsidein.ui.reports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.core.resource.OutsideInResource;
import org.outsidein.model.OutsideInModel;
import org.outsidein.reports.GeneratorDescriptor;
import org.outsidein.reports.GeneratorOutcome;
import org.outsidein.reports.ReportInput;
import org.outsidein.reports.ReportService;
import org.outsidein.ui.editor.EditorInputs;
import org.outsidein.ui.editor.ModelEditor;
import org.outsidein.ui.preferences.OutsideInPreferences;
import org.outsidein.validation.ProfileException;
import org.outsidein.validation.RuleProfile;
import org.outsidein.validation.ValidationService;

/**
 * Writes the chosen reports in the background, from a copy of the model taken when it starts: the analyst
 * goes on editing meanwhile, and the report is of the model as it was when asked for.
 */
class ReportJob extends Job {

	private final Path modelFile;
	private final OutsideInModel snapshot;
	private final ReportService reports;
	private final List<GeneratorDescriptor> generators;
	private final Path folder;
	private final LocalDate asOf;
	private final List<Path> written = new ArrayList<>();

	ReportJob(ModelEditor editor, ReportService reports, List<GeneratorDescriptor> generators, Path folder, LocalDate asOf) {
		super("Writing reports of " + editor.getEditorInput().getName());
		this.modelFile = editor.edited().file();
		this.snapshot = copyOf(editor.edited().model(), modelFile);
		this.reports = reports;
		this.generators = generators;
		this.folder = folder;
		this.asOf = asOf;
	}

	/** A copy in a resource of its own, so that ids (and so the findings' places) stay what they are. */
	private static OutsideInModel copyOf(OutsideInModel model, Path file) {
		Resource copy = new OutsideInResource(URI.createFileURI(file.toString()));
		ModelFiles.newResourceSet().getResources().add(copy);
		EObject root = EcoreUtil.copy(model);
		copy.getContents().add(root);
		return (OutsideInModel) root;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Writing reports", 10);
		progress.subTask("computing maturity and checks");
		ValidationService validation = ValidationService.fromExtensions();
		RuleProfile profile;
		try {
			profile = OutsideInPreferences.ruleProfile(modelFile, validation.rules());
		} catch (ProfileException e) {
			profile = RuleProfile.DEFAULTS;
		}
		ReportInput input = ReportInput.prepare(snapshot, modelFile, asOf, null, validation, profile);
		progress.worked(2);
		List<GeneratorOutcome> outcomes;
		try {
			outcomes = reports.generate(input, generators, folder, progress.split(8));
		} catch (java.io.IOException e) {
			return Status.error("The reports cannot be written to " + folder + ": " + e.getMessage(), e);
		}
		MultiStatus problems = new MultiStatus("org.outsidein.ui", 0, "Some reports could not be written", null);
		for (GeneratorOutcome outcome : outcomes) {
			if (outcome.succeeded()) {
				written.addAll(outcome.files());
			} else {
				problems.add(Status.error(outcome.failure()));
			}
		}
		refreshWorkspace();
		openHtml();
		return problems.getChildren().length == 0 ? Status.OK_STATUS : problems;
	}

	List<Path> written() {
		return written;
	}

	private void refreshWorkspace() {
		for (IContainer container : ResourcesPlugin.getWorkspace().getRoot().findContainersForLocationURI(folder.toUri())) {
			try {
				container.refreshLocal(IResource.DEPTH_ONE, null);
			} catch (CoreException e) {
				// the workspace catches up at its next refresh
			}
		}
	}

	private void openHtml() {
		Path html = written.stream().filter(file -> file.getFileName().toString().endsWith(".html")).findFirst()
				.orElse(null);
		if (html == null || !PlatformUI.isWorkbenchRunning()) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> {
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null ? null
					: PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			if (page != null) {
				try {
					IEditorInput input = EditorInputs.forPath(html);
					// Opening what is open only brings it to the front: the page on show is the last report's.
					IEditorPart open = page.findEditor(input);
					if (open instanceof ReportBrowser shown) {
						shown.reload();
					}
					IDE.openEditor(page, input, ReportBrowser.ID);
				} catch (PartInitException e) {
					org.eclipse.core.runtime.ILog.of(ReportJob.class).warn("The report cannot be shown: " + e.getMessage());
				}
			}
		});
	}
}
