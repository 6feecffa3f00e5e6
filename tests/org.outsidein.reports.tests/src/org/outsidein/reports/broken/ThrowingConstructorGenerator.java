package org.outsidein.reports.broken;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.outsidein.reports.ReportGenerator;
import org.outsidein.reports.ReportInput;

/** A contributed generator that cannot even be created. */
public class ThrowingConstructorGenerator implements ReportGenerator {

	public ThrowingConstructorGenerator() {
		throw new IllegalStateException("this generator refuses to be created");
	}

	@Override
	public List<Path> generate(ReportInput input, Path folder, IProgressMonitor monitor) {
		return List.of();
	}
}
