package org.outsidein.ui.reports;

import java.net.URI;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.outsidein.ui.editor.EditorInputs;

/**
 * A report inside the workbench: the HTML report in the internal browser (WebKitGTK on Linux), charts and
 * all, as a reader sees it outside.
 */
public class ReportBrowser extends EditorPart {

	public static final String ID = "org.outsidein.ui.reportBrowser";

	private Browser browser;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		setSite(site);
		setInput(input);
		setPartName(input.getName());
	}

	@Override
	public void createPartControl(Composite parent) {
		browser = new Browser(parent, SWT.NONE);
		URI uri = uriOf(getEditorInput());
		if (uri != null) {
			browser.setUrl(uri.toString());
		}
	}

	private static URI uriOf(IEditorInput input) {
		java.nio.file.Path path = EditorInputs.pathOf(input);
		if (path != null) {
			return path.toUri();
		}
		return input instanceof IURIEditorInput uriInput ? uriInput.getURI() : null;
	}

	/** Reads the report again from its file, after it was written anew. */
	public void reload() {
		if (browser != null && !browser.isDisposed()) {
			browser.refresh();
		}
	}

	/** The browser showing the report, for tests. */
	public Browser browser() {
		return browser;
	}

	@Override
	public void setFocus() {
		browser.setFocus();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// a report is read, not edited
	}

	@Override
	public void doSaveAs() {
		// a report is read, not edited
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
