package org.outsidein.ui.interchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * A wizard row naming one file, or several separated by ";", typed or picked with Browse. Three columns: label,
 * field, button.
 */
final class FileRow {

	private static final String SEPARATOR = ";";
	private final Text field;

	/** @param several whether Browse may pick several files */
	FileRow(Composite body, String label, String extensions, boolean several, Runnable changed) {
		new Label(body, SWT.NONE).setText(label);
		field = new Text(body, SWT.BORDER);
		field.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		field.addModifyListener(event -> changed.run());
		Button browse = new Button(body, SWT.PUSH);
		browse.setText("Browse...");
		browse.addListener(SWT.Selection, event -> {
			FileDialog dialog = new FileDialog(body.getShell(), SWT.OPEN | (several ? SWT.MULTI : SWT.NONE));
			dialog.setFilterExtensions(new String[] { extensions, "*" });
			if (dialog.open() != null) {
				List<String> picked = new ArrayList<>();
				for (String name : dialog.getFileNames()) {
					picked.add(Path.of(dialog.getFilterPath(), name).toString());
				}
				field.setText(String.join(SEPARATOR + " ", picked));
			}
		});
	}

	boolean isBlank() {
		return field.getText().isBlank();
	}

	/** The files named, in order. */
	List<Path> files() {
		List<Path> files = new ArrayList<>();
		for (String name : field.getText().split(SEPARATOR)) {
			if (!name.isBlank()) {
				files.add(Path.of(name.strip()));
			}
		}
		return files;
	}

	Path file() {
		List<Path> files = files();
		return files.isEmpty() ? null : files.get(0);
	}

	/** The first file named that does not exist, or null. */
	Path missing() {
		return files().stream().filter(file -> !Files.isRegularFile(file)).findFirst().orElse(null);
	}

	void setText(String text) {
		field.setText(text);
	}
}
