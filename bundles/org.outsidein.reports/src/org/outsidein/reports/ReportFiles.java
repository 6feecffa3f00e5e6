package org.outsidein.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.outsidein.core.resource.AtomicFileWriter;

/**
 * How generators write their files: as model files are written (a temporary file in the same folder, synced,
 * then renamed into place), so that a report is never half-written, never written through a symbolic link
 * planted at its name, and gets ordinary permissions (rw-r--r--, or the permissions of the file it replaces).
 */
public final class ReportFiles {

	private ReportFiles() {
	}

	public static void write(Path file, AtomicFileWriter.Content content) throws IOException {
		AtomicFileWriter.replace(file, content);
	}

	public static void writeText(Path file, String text) throws IOException {
		write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
	}
}
