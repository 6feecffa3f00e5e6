package org.outsidein.reports.broken;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.outsidein.reports.ReportGenerator;
import org.outsidein.reports.ReportInput;

/** A contributed generator whose class cannot be initialised: loading it ends in a LinkageError. */
public class UnlinkableGenerator implements ReportGenerator {

	private static final int BROKEN = Integer.parseInt("not a number");

	@Override
	public List<Path> generate(ReportInput input, Path folder, IProgressMonitor monitor) {
		return List.of(folder.resolve("never-" + BROKEN));
	}
}
