package org.outsidein.diagram.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.outsidein.core.resource.AtomicFileWriter;
import org.outsidein.diagram.descriptions.CompiledDescription;
import org.outsidein.diagram.descriptions.DiagramDescriptions;
import org.outsidein.ui.editor.ModelEditor;

/**
 * The diagrams of the model in the active model editor, drawn from their descriptions and laid out by ELK, in the
 * workbench's browser. Redrawn after every change on the editor's command stack (its Undo and Redo too); a click on an
 * element shows it in the editor's pages and the Properties view.
 */
public class DiagramView extends ViewPart {

	public static final String ID = "org.outsidein.diagram.ui.diagramView";
	/** Changes come in bursts (an import, a drag); one redraw after the last is enough. */
	private static final int REDRAW_DELAY_MS = 250;

	private final CommandStackListener changed = event -> scheduleRedraw();
	private final Runnable redraw = this::redraw;
	private final IPartListener2 editors = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) instanceof ModelEditor editor) {
				follow(editor);
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == editor) {
				follow(null);
			}
		}
	};

	private Combo descriptions;
	private Label status;
	private Browser browser;
	private List<CompiledDescription> available = List.of();
	private ModelEditor editor;
	private DiagramPage page;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(3, false));
		descriptions = new Combo(parent, SWT.READ_ONLY);
		available = DiagramDescriptions.read().items();
		available.forEach(description -> descriptions.add(description.label()));
		descriptions.select(0);
		descriptions.addListener(SWT.Selection, event -> redraw());
		Button export = new Button(parent, SWT.PUSH);
		export.setText("Save as SVG...");
		export.addListener(SWT.Selection, event -> chooseAndExport());
		status = new Label(parent, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		browser = new Browser(parent, SWT.NONE);
		browser.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		new BrowserFunction(browser, DiagramPage.SELECT) {
			@Override
			public Object function(Object[] arguments) {
				select(arguments.length > 0 ? String.valueOf(arguments[0]) : "");
				return null;
			}
		};
		getSite().getPage().addPartListener(editors);
		IEditorPart active = getSite().getPage().getActiveEditor();
		follow(active instanceof ModelEditor modelEditor ? modelEditor : null);
	}

	private void follow(ModelEditor next) {
		if (editor == next) {
			return;
		}
		if (editor != null) {
			editor.edited().commandStack().removeCommandStackListener(changed);
		}
		editor = next;
		if (editor != null) {
			editor.edited().commandStack().addCommandStackListener(changed);
		}
		redraw();
	}

	private void scheduleRedraw() {
		if (!browser.isDisposed()) {
			browser.getDisplay().timerExec(-1, redraw);
			browser.getDisplay().timerExec(REDRAW_DELAY_MS, redraw);
		}
	}

	private void redraw() {
		if (browser.isDisposed()) {
			return;
		}
		if (editor == null || available.isEmpty()) {
			page = null;
			status.setText(available.isEmpty() ? "No diagram description is installed." : "Open a model to see its diagrams.");
			browser.setText("<html><body></body></html>");
			return;
		}
		CompiledDescription description = available.get(Math.max(0, descriptions.getSelectionIndex()));
		try {
			page = DiagramPage.draw(description, editor.edited().model());
			status.setText(page.nodes() + " elements; click one to show it in the editor");
			browser.setText(page.html());
		} catch (RuntimeException e) {
			// a description a plug-in got wrong must not take the view down: say what failed instead
			page = null;
			status.setText("This diagram cannot be drawn: " + e.getMessage());
			browser.setText("<html><body></body></html>");
		}
	}

	private void select(String id) {
		EObject element = page == null ? null : page.element(id);
		if (element != null && editor != null) {
			getSite().getPage().activate(editor);
			editor.showElement(element);
		}
	}

	private void chooseAndExport() {
		if (page == null) {
			return;
		}
		FileDialog dialog = new FileDialog(browser.getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.svg" });
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			try {
				exportSvg(Path.of(chosen));
			} catch (IOException e) {
				MessageDialog.openError(browser.getShell(), "Save as SVG", "The diagram could not be saved: " + e.getMessage());
			}
		}
	}

	/** Writes the diagram shown as an SVG file, atomically, as the command line's {@code outsidein diagram} does. */
	public void exportSvg(Path file) throws IOException {
		byte[] svg = page.svg().getBytes(StandardCharsets.UTF_8);
		AtomicFileWriter.replace(file, stream -> stream.write(svg));
	}

	/** What the view shows now; for tests. */
	public DiagramPage page() {
		return page;
	}

	public Browser browser() {
		return browser;
	}

	/** Chooses a description as a user picking it from the list would; for tests. */
	public void choose(String descriptionId) {
		for (int i = 0; i < available.size(); i++) {
			if (available.get(i).id().equals(descriptionId)) {
				descriptions.select(i);
				redraw();
			}
		}
	}

	@Override
	public void setFocus() {
		browser.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(editors);
		follow(null);
		super.dispose();
	}
}
