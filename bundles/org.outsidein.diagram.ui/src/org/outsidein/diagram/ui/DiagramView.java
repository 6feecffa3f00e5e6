package org.outsidein.diagram.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.outsidein.core.resource.AtomicFileWriter;
import org.outsidein.diagram.server.source.DiagramSource;
import org.outsidein.edit.ui.ItemPropertySourceProvider;
import org.outsidein.ui.editor.ModelEditor;

/**
 * The diagrams of the model in the active model editor, edited in place: the diagram server's web client in the
 * workbench's browser, with the palette of the diagram's tools, renaming in place, moving and deleting. Every edit is
 * a command on the editor's command stack, so Undo and Redo are one history with the form pages, and the diagram
 * follows changes made there. What is selected on the diagram is shown in the Properties view and the editor's pages,
 * and what is selected in the editor is selected on the diagram. The diagram can be saved as SVG or PNG.
 */
public class DiagramView extends ViewPart {

	public static final String ID = "org.outsidein.diagram.ui.diagramView";

	/** Browser functions the page calls (client/src/host.ts in org.outsidein.diagram.server). */
	static final String SELECTED = "outsideinSelected";
	static final String EXPORTED = "outsideinExported";
	static final String EXPORT_FAILED = "outsideinExportFailed";

	private final IPartListener2 editors = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) instanceof ModelEditor modelEditor) {
				follow(modelEditor);
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == editor) {
				follow(null);
			}
		}
	};
	private final ISelectionListener editorSelection = this::editorSelectionChanged;
	private final DiagramSelection selection = new DiagramSelection();

	private Combo diagrams;
	private Label status;
	private Browser browser;
	private ModelEditor editor;
	private List<DiagramSource> sources = List.of();
	private HostedDiagram hosted;
	/** Set while this view shows its own selection in the editor, so that the editor's echo is not sent back. */
	private boolean showingInEditor;
	private final Map<String, Path> pendingExports = new HashMap<>();
	private final List<String> exportProblems = new ArrayList<>();

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(4, false));
		diagrams = new Combo(parent, SWT.READ_ONLY);
		diagrams.addListener(SWT.Selection, event -> show(diagrams.getSelectionIndex()));
		button(parent, "Save as SVG...", "svg");
		button(parent, "Save as PNG...", "png");
		status = new Label(parent, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		browser = new Browser(parent, SWT.NONE);
		browser.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
		installPageFunctions();
		getSite().setSelectionProvider(selection);
		getSite().getPage().addPartListener(editors);
		getSite().getPage().addPostSelectionListener(editorSelection);
		IEditorPart active = getSite().getPage().getActiveEditor();
		follow(active instanceof ModelEditor modelEditor ? modelEditor : null);
	}

	private void button(Composite parent, String text, String kind) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, event -> chooseAndExport(kind));
	}

	private void installPageFunctions() {
		new BrowserFunction(browser, SELECTED) {
			@Override
			public Object function(Object[] arguments) {
				diagramSelectionChanged(argument(arguments, 0));
				return null;
			}
		};
		new BrowserFunction(browser, EXPORTED) {
			@Override
			public Object function(Object[] arguments) {
				exported(argument(arguments, 0), argument(arguments, 1));
				return null;
			}
		};
		new BrowserFunction(browser, EXPORT_FAILED) {
			@Override
			public Object function(Object[] arguments) {
				exportFailed(argument(arguments, 0), argument(arguments, 1));
				return null;
			}
		};
	}

	private static String argument(Object[] arguments, int index) {
		return arguments.length > index && arguments[index] != null ? String.valueOf(arguments[index]) : "";
	}

	private void follow(ModelEditor next) {
		if (editor == next) {
			return;
		}
		stopServing();
		editor = next;
		sources = editor == null ? List.of() : DiagramSources.of(editor);
		String chosen = diagrams.getSelectionIndex() >= 0 ? diagrams.getItem(diagrams.getSelectionIndex()) : null;
		diagrams.removeAll();
		sources.forEach(source -> diagrams.add(source.title()));
		int index = Math.max(0, chosen == null ? 0 : diagrams.indexOf(chosen));
		if (!sources.isEmpty()) {
			diagrams.select(index);
		}
		show(index);
	}

	private void show(int index) {
		stopServing();
		if (editor == null || sources.isEmpty()) {
			status.setText(editor == null ? "Open a model to see its diagrams." : "No diagram is installed.");
			browser.setText("<html><body></body></html>");
			return;
		}
		try {
			hosted = HostedDiagram.start(editor, sources.get(index));
			browser.setUrl(hosted.page().toString());
			status.setText("Create from the palette, double-click a name to rename it; Undo covers the editor too");
			status.getParent().layout(true);
		} catch (Exception e) {
			// a diagram a plug-in got wrong, or no free port: say what failed, keep the view
			status.setText("This diagram cannot be shown: " + e.getMessage());
			browser.setText("<html><body></body></html>");
		}
	}

	private void stopServing() {
		if (hosted != null) {
			hosted.close();
			hosted = null;
		}
		selection.set(List.of());
	}

	private void diagramSelectionChanged(String ids) {
		if (hosted == null) {
			return;
		}
		List<EObject> elements = new ArrayList<>();
		for (String id : ids.split(" ")) {
			if (!id.isEmpty()) {
				hosted.source().elementOf(id).filter(element -> !elements.contains(element)).ifPresent(elements::add);
			}
		}
		selection.set(elements);
		if (editor != null && !elements.isEmpty()) {
			showingInEditor = true;
			try {
				editor.showElement(elements.get(0));
			} finally {
				showingInEditor = false;
			}
		}
	}

	private void editorSelectionChanged(IWorkbenchPart part, ISelection chosen) {
		if (part != editor || showingInEditor || hosted == null || browser.isDisposed()
				|| !(chosen instanceof IStructuredSelection structured)) {
			return;
		}
		Set<String> ids = new LinkedHashSet<>();
		for (Object element : structured.toList()) {
			if (element instanceof EObject drawn) {
				ids.addAll(hosted.source().nodesOf(drawn));
			}
		}
		if (!ids.isEmpty()) {
			browser.execute("if (window.outsideinReveal) { outsideinReveal(" + Scripts.quoted(String.join(" ", ids))
					+ "); }");
		}
	}

	private void chooseAndExport(String kind) {
		if (hosted == null) {
			return;
		}
		FileDialog dialog = new FileDialog(browser.getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*." + kind });
		dialog.setFileName(hosted.source().diagramType() + "." + kind);
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			export(kind, Path.of(chosen));
		}
	}

	/**
	 * Asks the page for the diagram as it is drawn ({@code svg} or {@code png}) and writes it to the file when the
	 * page hands it over; the page draws the PNG itself, from the SVG.
	 */
	public void export(String kind, Path file) {
		pendingExports.put(kind, file);
		browser.execute("outsideinExport(" + Scripts.quoted(kind) + ");");
	}

	private void exported(String kind, String content) {
		Path file = pendingExports.remove(kind);
		if (file == null) {
			return;
		}
		byte[] bytes = "png".equals(kind) ? Base64.getDecoder().decode(content)
				: content.getBytes(StandardCharsets.UTF_8);
		try {
			AtomicFileWriter.replace(file, stream -> stream.write(bytes));
		} catch (IOException e) {
			exportFailed(kind, file + " could not be written: " + e.getMessage());
		}
	}

	private void exportFailed(String kind, String message) {
		pendingExports.remove(kind);
		exportProblems.add(message);
		MessageDialog.openError(browser.getShell(), "Save as " + kind.toUpperCase(), "The diagram could not be saved: "
				+ message);
	}

	/** The server's address of the diagram shown; for tests. */
	public String pageAddress() {
		return hosted == null ? null : hosted.page().toString();
	}

	public Browser browser() {
		return browser;
	}

	/** Chooses a diagram as a user picking it from the list would; for tests. */
	public void choose(String diagramType) {
		for (int i = 0; i < sources.size(); i++) {
			if (sources.get(i).diagramType().equals(diagramType)) {
				diagrams.select(i);
				show(i);
			}
		}
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (type == IPropertySheetPage.class) {
			// The selected elements are described by the item providers of the editor the view follows at the time.
			PropertySheetPage properties = new PropertySheetPage();
			properties.setPropertySourceProvider(object -> editor == null ? null
					: new ItemPropertySourceProvider(editor.edited().adapterFactory()).getPropertySource(object));
			return type.cast(properties);
		}
		return super.getAdapter(type);
	}

	@Override
	public void setFocus() {
		browser.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(editors);
		getSite().getPage().removePostSelectionListener(editorSelection);
		follow(null);
		super.dispose();
	}
}
